// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the whole config and the TypeScript parser: seconds on a busy machine.
beforeAll(() => eslint.lintText('', { filePath: 'src/probe.ts' }), 60_000);

async function lintAs(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('layer rules', () => {
  it('should fail lint when src/domain imports react, zustand or i18next', async () => {
    for (const lib of ['react', 'zustand', 'i18next', 'react-i18next']) {
      const rules = await lintAs(
        'src/domain/probe.ts',
        `import x from '${lib}';\nexport const y = x;\n`,
      );
      expect(rules).toContain('no-restricted-imports');
    }
  });

  it("should fail lint when a component takes react-i18next's useTranslation directly", async () => {
    const code =
      "import { useTranslation } from 'react-i18next';\nexport const h = useTranslation;\n";
    expect(await lintAs('src/features/probe/Probe.tsx', code)).toContain('no-restricted-syntax');
    expect(await lintAs('src/i18n/probe.ts', code)).not.toContain('no-restricted-syntax');
  });

  it('should fail lint when src/domain touches browser globals', async () => {
    const rules = await lintAs(
      'src/domain/probe.ts',
      'export const w = localStorage.getItem("k");\n',
    );
    expect(rules).toContain('no-restricted-globals');
  });

  it('should keep imports one-way: domain ← store ← features ← app', async () => {
    expect(await lintAs('src/domain/probe.ts', "export * from '@/store/probe';\n")).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('src/store/probe.ts', "export * from '@/features/probe';\n")).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('src/features/x/probe.ts', "export * from '@/app/probe';\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await lintAs('src/features/x/probe.ts', "export * from '@/domain/probe';\n"),
    ).not.toContain('no-restricted-imports');
  });

  it('should keep src/collab to yjs and the domain, so the browser and the server can share it', async () => {
    for (const source of ['react', 'node:fs', '@/store/canvasStore', '@/features/live', 'ws']) {
      const rules = await lintAs('src/collab/probe.ts', `export * from '${source}';\n`);
      expect(rules).toContain('no-restricted-imports');
    }
    for (const source of ['yjs', '@/domain', '@/domain/examples', './shape']) {
      const rules = await lintAs('src/collab/probe.ts', `export * from '${source}';\n`);
      expect(rules).not.toContain('no-restricted-imports');
    }
  });
});
