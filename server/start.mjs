/** `npm run server`: builds the app when dist/ is missing, bundles the server, then runs it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { buildServer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.resolve(root, process.env.VINCULO_DIST_DIR || 'dist');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.log(`No built app in ${dist}: building it first (vite build)…`);
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const entry = await buildServer();
await import(pathToFileURL(entry).href);
