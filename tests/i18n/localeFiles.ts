/** Reads the real locale files from disk, for tests that build their own i18next instances. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LocaleLoader } from '@/i18n/languages';

export const LOCALES_DIR = join(process.cwd(), 'locales');

export type Tree = { [key: string]: string | Tree };

export function readNamespaces(lng: string): Record<string, Tree> {
  const out: Record<string, Tree> = {};
  for (const file of readdirSync(join(LOCALES_DIR, lng)).filter((f) => f.endsWith('.json'))) {
    out[file.replace(/\.json$/, '')] = JSON.parse(
      readFileSync(join(LOCALES_DIR, lng, file), 'utf8'),
    ) as Tree;
  }
  return out;
}

/** The module map `import.meta.glob('/locales/*\/*.json')` would give for these folders. */
export function moduleMap(folders: Record<string, Record<string, Tree>>) {
  const modules: Record<string, LocaleLoader> = {};
  for (const [lng, namespaces] of Object.entries(folders))
    for (const [ns, tree] of Object.entries(namespaces))
      modules[`/locales/${lng}/${ns}.json`] = () => Promise.resolve({ default: tree });
  return modules;
}

/** Every string of a tree changed by `change`, keys kept. */
export function mapTexts(tree: Tree, change: (text: string) => string): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? change(value) : mapTexts(value, change),
    ]),
  );
}
