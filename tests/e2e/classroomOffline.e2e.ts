import { describe, expect, it } from 'vitest';

import { openApp, skipE2E, useBrowser } from './support/browser';
import { addSegment } from './support/screens';
import { startServer } from './support/server';

describe.skipIf(skipE2E)('classroom: offline after the first visit', () => {
  useBrowser();

  it('should load and work with the server stopped', async () => {
    // Any free port: the page reloads on the same origin, where its service worker lives.
    const server = await startServer();
    try {
      const { page } = await openApp({ lang: 'en' });
      await page.goto(server.url);
      await page.getByRole('heading', { name: 'Customer segments', exact: true }).first().waitFor();
      // first visit: the worker installs (precaching every file), activates and takes control
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const requests = await Promise.all(
          names.map(async (name) => (await caches.open(name)).keys()),
        );
        return requests.flat().map((request) => new URL(request.url).pathname);
      });
      expect(cached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
      expect(cached.filter((path) => path.includes('PresentationMode')).length).toBeGreaterThan(0);
      expect(cached.filter((path) => /\/assets\/classroom-.*\.js$/.test(path)).length).toBe(2);

      await server.close();
      const offline = await fetch(server.url).then(
        () => 'reachable',
        () => 'down',
      );
      expect(offline).toBe('down');

      await page.reload();
      await page.getByRole('button', { name: 'Start a blank canvas' }).click();
      await addSegment(page, 'Night-shift nurses');
      await page
        .locator('.canvas-board')
        .getByText('Night-shift nurses', { exact: true })
        .first()
        .waitFor();

      // lazy chunks and the other language come from the cache too
      await page.getByRole('button', { name: /^Classroom/ }).click();
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByRole('dialog', { name: 'Presentation' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
      await page
        .getByRole('heading', { name: 'Segmentos de clientes', exact: true })
        .first()
        .waitFor();
    } finally {
      await server.close().catch(() => {});
    }
  });
});
