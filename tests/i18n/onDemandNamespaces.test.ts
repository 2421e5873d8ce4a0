// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ON_DEMAND_NAMESPACES } from '@/i18n/languages';

const SRC_DIR = join(process.cwd(), 'src');

/**
 * The folders whose modules only the lazily loaded editors reach (src/app/PanelHost.tsx loads
 * each editor together with its namespace). Texts used anywhere else would be missing at start.
 */
const LOADED_WITH: Record<string, string[]> = {
  workbench: ['features/relationships/', 'features/tactics/'],
  channels: ['features/channels/'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('namespaces loaded on demand', () => {
  it('should be used only by the editors that load them', () => {
    const files = sourceFiles(SRC_DIR).map((path) => ({
      path: relative(SRC_DIR, path),
      text: readFileSync(path, 'utf8'),
    }));
    for (const ns of ON_DEMAND_NAMESPACES) {
      const allowed = LOADED_WITH[ns] ?? [];
      const users = files.filter(({ text }) => new RegExp(`['"\`]${ns}:`).test(text));
      expect(users.length, ns).toBeGreaterThan(0);
      const elsewhere = users.filter(({ path }) => !allowed.some((dir) => path.startsWith(dir)));
      expect(
        elsewhere.map((f) => f.path),
        ns,
      ).toEqual([]);
    }
  });
});
