import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export const DIST = resolve(import.meta.dirname, '../../../dist');

export type StaticServer = { url: string; port: number; close: () => Promise<void> };

/**
 * Serves the built app on localhost (a secure context) with an SPA fallback.
 * `csp` adds a Content-Security-Policy header to every response; `root` serves another build
 * (the benchmark's own, so it never reads nor overwrites the dist/ the browser tests use).
 */
export async function startServer(
  options: { port?: number; csp?: string; root?: string } = {},
): Promise<StaticServer> {
  const root = options.root ?? DIST;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `${root} has no build: run \`vite build\` first (npm run test:e2e and npm run bench do).`,
    );
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    if (options.csp) headers['content-security-policy'] = options.csp;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
