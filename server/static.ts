/** The built app's files, served by the live server and by the browser tests' own server. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

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

/** Files of the built app; anything else gets index.html (the app routes by hash). */
export function serveStatic(
  distDir: string,
  pathname: string,
  res: http.ServerResponse,
  headers: Record<string, string> = {},
): void {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    relative = '/';
  }
  const file = path.join(distDir, path.normalize(relative));
  const inside = file.startsWith(distDir + path.sep);
  const target =
    inside && fs.statSync(file, { throwIfNoEntry: false })?.isFile()
      ? file
      : path.join(distDir, 'index.html');
  fs.readFile(target, (error, data) => {
    if (error) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(
        'The app is not built: run npm run build, or start the server with npm run server.',
      );
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': target.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...headers,
    });
    res.end(data);
  });
}
