import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** Installable and offline after the first visit: every built file, lazy chunks included, is precached. */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  // src/features/pwa registers the worker itself, after the first screen.
  injectRegister: false,
  manifest: {
    name: 'Vínculo',
    short_name: 'Vínculo',
    // Spec decision: the manifest speaks Spanish, like index.html; the app itself follows the browser.
    lang: 'es',
    description:
      'Diseña cómo consigues, mantienes y haces crecer a tus clientes en un lienzo de modelo de negocio.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1f4e79',
    background_color: '#f4f6f9',
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // Take over the open page on the first visit, so it is offline-ready without a reload.
    clientsClaim: true,
  },
});

/** `npm run dev` talks to a live server started with `npm run server` (PORT, default 1234). */
const liveServer = `http://localhost:${process.env.VINCULO_SERVER_PORT ?? 1234}`;

export default defineConfig({
  plugins: [react(), pwa],
  resolve: {
    alias: [
      { find: '@', replacement: src },
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: `${src}/lib/useSyncExternalStoreShim.ts`,
      },
    ],
  },
  build: {
    // Every browser the app supports knows modulepreload (Chromium, Firefox 115, Safari 17).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Our modules only declare things (schemas and tables are values): one that imports one
      // thing from an index (`@/domain`, a feature's entry) gets that thing, not every module
      // the index names, so the first screen carries no rules, economics or dialogs it does
      // not use. The exceptions run for their effect: stylesheets, and zod's CSP setting.
      treeshake: {
        moduleSideEffects: [
          { test: /\.css$/, sideEffects: true },
          { test: /\/src\/persistence\/cspSafeValidation\.ts$/, sideEffects: true },
          { test: /\/src\/app\/startEarly\.ts$/, sideEffects: true },
          { test: /\/src\//, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            {
              // One file for everything before the first screen (main.tsx, app/start.tsx and what
              // they import; zod's CSP setting first, as in main.tsx), instead of a score of
              // small shared chunks: fewer requests, and it compresses better as one.
              name: 'first-screen',
              test: /\/src\/(app\/start\.tsx|app\/startEarly\.ts|persistence\/cspSafeValidation\.ts)$/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/collab': { target: liveServer, ws: true },
      '/api/live': { target: liveServer },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/server/**'],
          // A ceiling, not a wait: property tests and dialog tests run far slower on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // The live server as a real process on a free port, with real Hocuspocus clients.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globals: true,
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          globals: true,
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A poll returns as soon as its check holds; 1 s (the default) is too short for a
          // lazily loaded chunk on a loaded CI machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**'],
      // issue 3: the domain stays at least 95 % line-covered
      thresholds: { lines: 95 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
