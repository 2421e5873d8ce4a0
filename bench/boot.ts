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
export type BootResult = {
  visit: string;
  jsGzip: number;
  cssGzip: number;
  files: BootFile[];
  /** JS fetched once the canvas accepts input, until the network settles (not in jsGzip) */
  laterJsGzip: number;
  later: BootFile[];
};

/**
 * The JavaScript and CSS a visit fetches before the canvas accepts input: what index.html loads,
 * plus every chunk the app imports on the way (locale files, lazy screens). Read from the page's
 * resource timing, so nothing the app waits for can hide from the figure. No CPU throttling: the
 * set of files does not depend on speed.
 */
export async function benchBoot(
  browser: Browser,
  url: string,
  dist: string,
  htmlFiles: readonly string[],
) {
  const sources = chunkSources(dist);
  const results: BootResult[] = [];
  for (const visit of VISITS)
    results.push(await bootOf(browser, url, { dist, htmlFiles, sources }, visit));
  return results;
}

type Build = { dist: string; htmlFiles: readonly string[]; sources: Map<string, string> };

/** Built file → the module it was built from, from `.vite/manifest.json` (`vite build --manifest`). */
function chunkSources(dist: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; src?: string; name?: string }
  >;
  return new Map(
    Object.entries(manifest).map(([key, chunk]) => [chunk.file, chunk.src ?? chunk.name ?? key]),
  );
}

async function bootOf(
  browser: Browser,
  url: string,
  { dist, htmlFiles, sources }: Build,
  visit: Visit,
): Promise<BootResult> {
  // No service worker: its precaching would fetch every file of the app after the first screen.
  const { context, page } = await openVisit(browser, visit, { serviceWorkers: 'block' });
  await page.goto(url);
  const ready = await interactiveAt(page);
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
  );
  await context.close();
  const describe = (paths: string[]): BootFile[] =>
    [...new Set(paths)]
      .filter((path) => /\.(js|css)$/.test(path))
      .map((path) => {
        const file = path.replace(/^\//, '');
        const gzip = gzipBytes(readFileSync(join(dist, file)));
        return {
          file,
          source: sources.get(file) ?? file,
          gzip,
          fromHtml: htmlFiles.includes(file),
        };
      });
  const files = describe(entries.filter((e) => e.start <= ready).map((e) => e.path));
  const later = describe(entries.filter((e) => e.start > ready).map((e) => e.path));
  const sum = (list: BootFile[], ext: string) =>
    list.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzip, 0);
  return {
    visit: visit.name,
    jsGzip: sum(files, '.js'),
    cssGzip: sum(files, '.css'),
    files,
    laterJsGzip: sum(later, '.js'),
    later: later.filter((f) => f.file.endsWith('.js')),
  };
}
