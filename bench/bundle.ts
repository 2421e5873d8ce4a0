import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleResult = { initialJsGzip: number; initialCssGzip: number; totalGzip: number; totalRaw: number; initialFiles: string[] };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Initial = what index.html loads before the app can run: its entry script, modulepreloads and stylesheets. */
export function measureBundle(dist: string): BundleResult {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const initialFiles = [...new Set(refs)];
  const sum = (ext: string) => initialFiles.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(join(dist, f)), 0);
  const all = walk(dist).filter((f) => !f.endsWith('.map'));
  return {
    initialJsGzip: sum('.js'),
    initialCssGzip: sum('.css'),
    totalGzip: all.reduce((n, f) => n + gz(f), 0),
    totalRaw: all.reduce((n, f) => n + statSync(f).size, 0),
    initialFiles: initialFiles.map((f) => relative(dist, join(dist, f))),
  };
}
