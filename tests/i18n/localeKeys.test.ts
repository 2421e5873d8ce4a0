// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(process.cwd(), 'locales');
const SRC_DIR = join(process.cwd(), 'src');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ns:key → text, with plural variants folded into their base key. */
function loadLanguage(lng: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const tree = JSON.parse(readFileSync(join(LOCALES_DIR, lng, file), 'utf8')) as Tree;
    for (const [key, text] of flatten(tree)) {
      const base = `${ns}:${key.replace(PLURAL_SUFFIX, '')}`;
      out.set(base, [...(out.get(base) ?? []), text]);
    }
  }
  return out;
}

const variables = (texts: string[]) =>
  [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1]))),
  ].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const LANGUAGES = readdirSync(LOCALES_DIR).filter(
  (d) => statSync(join(LOCALES_DIR, d)).isDirectory() && !d.startsWith('x-'),
);
const english = loadLanguage('en');
const NAMESPACES = [...new Set([...english.keys()].map((k) => k.split(':')[0]))];

describe('locales', () => {
  it('should ship Spanish and English', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['es', 'en']));
  });

  for (const lng of LANGUAGES.filter((l) => l !== 'en')) {
    it(`should keep ${lng} and en keys in step`, () => {
      const other = loadLanguage(lng);
      expect(
        [...other.keys()].filter((k) => !english.has(k)),
        `only in ${lng}`,
      ).toEqual([]);
      expect(
        [...english.keys()].filter((k) => !other.has(k)),
        `missing in ${lng}`,
      ).toEqual([]);
    });

    it(`should use the same interpolation variables in ${lng} and en`, () => {
      const other = loadLanguage(lng);
      const mismatched = [...english.entries()]
        .filter(
          ([key, texts]) =>
            other.has(key) && variables(texts).join() !== variables(other.get(key) ?? []).join(),
        )
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });

    it(`should have no empty strings in ${lng}`, () => {
      const empty = [...loadLanguage(lng).entries()].filter(([, texts]) =>
        texts.some((t) => !t.trim()),
      );
      expect(empty.map(([k]) => k)).toEqual([]);
    });
  }

  it('should define every key the code uses, in every language', () => {
    const literal = new RegExp(`['"\`]((?:${NAMESPACES.join('|')}):[A-Za-z0-9_.-]+)['"\`]`, 'g');
    const used = new Map<string, string>();
    for (const file of sourceFiles(SRC_DIR)) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(literal))
        used.set(match[1] ?? '', relative(process.cwd(), file));
    }
    // Keys built from a template (`common:enum.phase.${phase}`): some key must follow the prefix.
    const prefix = new RegExp(`\`((?:${NAMESPACES.join('|')}):[A-Za-z0-9_.-]*)\\$\\{`, 'g');
    const prefixes = new Map<string, string>();
    for (const file of sourceFiles(SRC_DIR)) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(prefix))
        prefixes.set(match[1] ?? '', relative(process.cwd(), file));
    }
    expect(used.size).toBeGreaterThan(20);
    expect(prefixes.size).toBeGreaterThan(10);
    for (const lng of LANGUAGES) {
      const keys = loadLanguage(lng);
      // A literal may also be the prefix of a group looked up by id (`common:enum.phase` + `.${id}`).
      const defined = (key: string) =>
        keys.has(key) || [...keys.keys()].some((k) => k.startsWith(`${key}.`));
      const missing = [...used.entries()]
        .filter(([key]) => !defined(key))
        .map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in ${lng}`).toEqual([]);
      const unmatched = [...prefixes.entries()]
        .filter(([start]) => ![...keys.keys()].some((k) => k.startsWith(start)))
        .map(([start, file]) => `${start}… (${file})`);
      expect(unmatched, `no key for a template in ${lng}`).toEqual([]);
    }
  });
});
