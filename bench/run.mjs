// Entry point for `npm run bench`: loads the TypeScript benchmark through Vite's module runner.
import { resolve } from 'node:path';

import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module } = await runnerImport(resolve(root, 'bench/main.ts'), {
  root,
  configFile: false,
  resolve: { alias: { '@': resolve(root, 'src') } },
  logLevel: 'error',
});
process.exitCode = await module.main(process.argv.slice(2));
