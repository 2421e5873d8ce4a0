// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { LATER_NAMESPACES } from '@/i18n/languages';

const SRC_DIR = join(process.cwd(), 'src');

/** First-screen modules that may name a later namespace, and why that is safe. */
const MAY_NAME_LATER: Record<string, string> = {
  'features/saving/problemText.ts':
    'reads keys only after checking they exist, so it copes with a namespace not loaded yet',
  'i18n/formatters.ts': 'registers the `purposes` list format, which only later texts use',
};

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(SRC_DIR, spec.slice(2)) : resolve(dirname(from), spec);
  for (const path of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(path) && /\.tsx?$/.test(path)) return path;
  }
  return null; // a package, a stylesheet or a JSON file
}

/** Static (not type-only) imports of a module; `dynamic` adds its `import()` calls. */
function importsOf(file: string, dynamic: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
  if (dynamic) specs.push(...[...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]));
  return specs.flatMap((spec) => {
    const path =
      spec && (spec.startsWith('.') || spec.startsWith('@/')) ? resolveImport(file, spec) : null;
    return path ? [path] : [];
  });
}

/** What runs before the first screen: main.tsx, what it imports (statically or not) and so on. */
function firstScreenModules(): string[] {
  const main = join(SRC_DIR, 'main.tsx');
  const seen = new Set<string>();
  const queue = [main];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, file === main));
  }
  return [...seen];
}

describe('texts that load after the first screen', () => {
  it('should not be used by the modules of the first screen', () => {
    const modules = firstScreenModules().map((path) => relative(SRC_DIR, path));
    expect(modules).toContain('app/App.tsx');
    const users = modules.filter(
      (path) =>
        !path.startsWith('domain/') && // the domain writes keys for the UI, it never translates
        !(path in MAY_NAME_LATER) &&
        LATER_NAMESPACES.some((ns) =>
          new RegExp(`['"\`]${ns}:`).test(readFileSync(join(SRC_DIR, path), 'utf8')),
        ),
    );
    expect(users).toEqual([]);
  });
});
