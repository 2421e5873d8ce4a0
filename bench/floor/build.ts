import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the floor app (bench/floor) for production into `outDir`, with its own small config. */
export async function buildFloor(outDir: string) {
  // Vite's module runner sets NODE_ENV=development; React must be built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: import.meta.dirname,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      plugins: [react()],
      build: { outDir: resolve(outDir), emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
