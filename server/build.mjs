/**
 * Bundles server/ (with the src/domain and src/collab code it imports) into .server-build/,
 * so plain Node 20 runs it; packages stay external and load from node_modules.
 */
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = fileURLToPath(new URL('../.server-build/main.mjs', import.meta.url));

export async function buildServer() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
    build: {
      ssr: 'server/main.ts',
      outDir: '.server-build',
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      rolldownOptions: { output: { entryFileNames: 'main.mjs' } },
    },
  });
  return SERVER_ENTRY;
}
