import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addNote, appReady, download, startBlankCanvas, waitSaved } from './persistenceHelpers';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { startServer, type StaticServer } from './support/server';

// Spec decision: no style-src of our own, so styles fall back to default-src 'self' too: the
// bundle's stylesheet is same-origin and React sets inline styles through the CSSOM, which CSP
// does not restrict.
const POLICY = "default-src 'self'; script-src 'self'";

describe.skipIf(skipE2E)('strict Content-Security-Policy', () => {
  useBrowser();
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer({ csp: POLICY });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs the built app with no violation under default-src and script-src self, without unsafe-eval', async () => {
    const { page } = await openApp({
      init: async (context) => {
        await context.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __csp: string[] }).__csp = seen;
          document.addEventListener('securitypolicyviolation', (event) =>
            seen.push(
              `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
            ),
          );
        });
      },
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    await appReady(page);

    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Bajo una política estricta');
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page
      .getByRole('dialog', { name: 'Customer segment' })
      .getByRole('textbox', { name: 'Name' })
      .fill('Estudiantes');
    await page.keyboard.press('Escape');
    await waitSaved(page);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Export file (.vinculo.json)' }).click(),
    );
    expect(file.text).toContain('Bajo una política estricta');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/${new URL(link).hash}`);
    await page.getByRole('button', { name: 'Save a copy' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Save a copy' }).waitFor();

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
