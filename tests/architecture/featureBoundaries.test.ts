// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'src/probe.ts' }), 60_000);
const FEATURES = join(process.cwd(), 'src', 'features');

async function lintAs(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

const RESTRICTED = 'no-restricted-imports';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(process.cwd(), 'src', spec.slice(2))
    : resolve(dirname(from), spec);
  for (const path of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** Every import and dynamic import of a feature file that lands in another feature's folder. */
function crossFeatureImports() {
  return filesUnder(FEATURES).flatMap((file) => {
    const own = relative(FEATURES, file).split('/')[0];
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1] ?? '');
    return specs.flatMap((spec) => {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) return [];
      const target = resolveImport(file, spec);
      if (!target || !target.startsWith(FEATURES)) return [];
      const [feature, ...rest] = relative(FEATURES, target).split('/');
      if (feature === own) return [];
      return [{ from: own ?? '', to: feature ?? '', entry: rest.join('/'), file, spec }];
    });
  });
}

describe('feature boundaries', () => {
  it('should fail lint on a planted deep import into another feature', async () => {
    const deep = "export * from '@/features/results/economics/SegmentEconomicsCard';\n";
    expect(await lintAs('src/features/canvas/probe.ts', deep)).toContain(RESTRICTED);
    expect(await lintAs('src/features/exchange/files/probe.ts', deep)).toContain(RESTRICTED);
  });

  it('should fail lint on a relative import that leaves its feature, at any depth', async () => {
    expect(
      await lintAs('src/features/canvas/probe.ts', "export * from '../results/x';\n"),
    ).toContain(RESTRICTED);
    expect(
      await lintAs('src/features/exchange/files/probe.ts', "export * from '../../canvas/x';\n"),
    ).toContain(RESTRICTED);
    expect(
      await lintAs('src/features/results/economics/probe.ts', "export * from '../../../app/x';\n"),
    ).toContain(RESTRICTED);
  });

  it('should let a feature use another through its entry file, and its own files relatively', async () => {
    expect(
      await lintAs('src/features/canvas/probe.ts', "export * from '@/features/results';\n"),
    ).not.toContain(RESTRICTED);
    expect(
      await lintAs(
        'src/features/exchange/files/probe.ts',
        "export * from '../shareLink/shareLink';\n",
      ),
    ).not.toContain(RESTRICTED);
    expect(
      await lintAs('src/app/probe.ts', "export * from '@/features/results/ResultsPanel';\n"),
    ).not.toContain(RESTRICTED);
  });

  it('should keep shared code below the features: lib under hooks under components', async () => {
    expect(await lintAs('src/lib/probe.ts', "export * from '@/hooks/useFormat';\n")).toContain(
      RESTRICTED,
    );
    expect(await lintAs('src/lib/probe.ts', "export * from '@/features/results';\n")).toContain(
      RESTRICTED,
    );
    expect(await lintAs('src/hooks/probe.ts', "export * from '@/components/Dialog';\n")).toContain(
      RESTRICTED,
    );
    expect(await lintAs('src/hooks/probe.ts', "export * from '@/store/uiStore';\n")).toContain(
      RESTRICTED,
    );
    expect(
      await lintAs('src/components/probe.ts', "export * from '@/hooks/useFormat';\n"),
    ).not.toContain(RESTRICTED);
  });

  it('should let the store and persistence use src/lib, but no hooks or components', async () => {
    for (const layer of ['store', 'persistence']) {
      const probe = `src/${layer}/probe.ts`;
      expect(await lintAs(probe, "export * from '@/lib/whenIdle';\n")).not.toContain(RESTRICTED);
      expect(await lintAs(probe, "export * from '@/hooks/useFormat';\n")).toContain(RESTRICTED);
      expect(await lintAs(probe, "export * from '@/components/Dialog';\n")).toContain(RESTRICTED);
    }
  });

  it('should reach other features only through their index.ts, in the code as it is', () => {
    const arrows = crossFeatureImports();
    expect(arrows.length).toBeGreaterThan(0); // the scan sees the real imports
    expect(arrows.filter((a) => a.entry !== 'index.ts')).toEqual([]);
  });

  it('should have no circle between features', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of crossFeatureImports()) {
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) return void cycles.push([...path, node].join(' → '));
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const start of edges.keys()) visit(start, []);
    expect(cycles).toEqual([]);
  });
});
