import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { gzipBytes } from './bundle';
import { interactiveAt, openVisit, VISITS, type Visit } from './visits';

export type BootFile = {
  file: string;
  /** the source behind a chunk, from Vite's manifest: `locales/es/common.json`, `src/…` */
  source: string;
  gzip: number;
  fromHtml: boolean;
};
export type BootResult = { visit: string; jsGzip: number; cssGzip: number; files: BootFile[] };

/**
 * The JavaScript and CSS a visit fetches before the canvas accepts input: what index.html loads,
 * plus every chunk the app imports on the way (locale files, lazy screens). Read from the page's
 * resource timing, so nothing the app waits for can hide from the figure. No CPU throttling: the
 * set of files does not depend on speed.
 */
export async function benchBoot(browser: Browser, url: string, dist: string, htmlFiles: readonly string[]) {
  const sources = chunkSources(dist);
  const results: BootResult[] = [];
  for (const visit of VISITS) results.push(await bootOf(browser, url, { dist, htmlFiles, sources }, visit));
  return results;
}

type Build = { dist: string; htmlFiles: readonly string[]; sources: Map<string, string> };

/** Built file → the module it was built from, from `.vite/manifest.json` (`vite build --manifest`). */
function chunkSources(dist: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; src?: string; name?: string }>;
  return new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, chunk.src ?? chunk.name ?? key]));
}

async function bootOf(browser: Browser, url: string, { dist, htmlFiles, sources }: Build, visit: Visit): Promise<BootResult> {
  const { context, page } = await openVisit(browser, visit);
  await page.goto(url);
  const ready = await interactiveAt(page);
  const paths = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= until)
        .map((entry) => new URL(entry.name).pathname),
    ready,
  );
  await context.close();
  const files = [...new Set(paths)]
    .filter((path) => /\.(js|css)$/.test(path))
    .map((path) => {
      const file = path.replace(/^\//, '');
      const gzip = gzipBytes(readFileSync(join(dist, file)));
      return { file, source: sources.get(file) ?? file, gzip, fromHtml: htmlFiles.includes(file) };
    });
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzip, 0);
  return { visit: visit.name, jsGzip: sum('.js'), cssGzip: sum('.css'), files };
}
