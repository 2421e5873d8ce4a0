import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

import { serveStatic } from '../../../server/static';

export const DIST = resolve(import.meta.dirname, '../../../dist');

export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * Serves the built app on localhost (a secure context) with an SPA fallback, as the live server does.
 * `csp` adds a Content-Security-Policy header to every response; `root` serves another build
 * (the benchmark's own, so it never reads nor overwrites the dist/ the browser tests use).
 */
export async function startServer(
  options: { csp?: string; root?: string } = {},
): Promise<StaticServer> {
  const root = options.root ?? DIST;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root} has no build: run \`vite build\` first (npm run test:e2e and npm run bench do).`,
    );
  }
  // The live server's own file serving (assets cached as immutable, the rest revalidated).
  const headers: Record<string, string> = options.csp
    ? { 'content-security-policy': options.csp }
    : {};
  const server: Server = createServer((req, res) => {
    serveStatic(root, new URL(req.url ?? '/', 'http://localhost').pathname, res, headers);
  });

  // Any free port: two runs of the suite on one machine never meet.
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
