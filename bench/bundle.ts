import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleResult = {
  /** What index.html itself references: entry script, modulepreloads, stylesheets. */
  htmlJsGzip: number;
  htmlCssGzip: number;
  htmlFiles: string[];
  totalGzip: number;
  totalRaw: number;
};

export const gzipBytes = (content: Buffer) => gzipSync(content, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Static figures of the build; what the app then imports before it accepts input is in boot.ts. */
export function measureBundle(dist: string): BundleResult {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const htmlFiles = [
    ...new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '')),
  ];
  const sum = (ext: string) =>
    htmlFiles
      .filter((f) => f.endsWith(ext))
      .reduce((n, f) => n + gzipBytes(readFileSync(join(dist, f))), 0);
  const all = walk(dist).filter((f) => !f.endsWith('.map'));
  return {
    htmlJsGzip: sum('.js'),
    htmlCssGzip: sum('.css'),
    htmlFiles,
    totalGzip: all.reduce((n, f) => n + gzipBytes(readFileSync(f)), 0),
    totalRaw: all.reduce((n, f) => n + statSync(f).size, 0),
  };
}
