import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import { createAxeReport, describeViolations, runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { classroomMenu, closeModal, EXAMPLE, modal, openExampleBoard } from './support/screens';

const report = createAxeReport();

/** Runs axe on the page as it is, records the count and expects no violation. */
async function check(page: Page, screen: string) {
  const violations = await runAxe(page);
  report.add(screen, violations);
  expect.soft(describeViolations(violations), screen).toEqual([]);
}

const WORKBENCH_TABS = ['Relationships', 'Get, keep, grow', 'Guiding questions', 'Economics'];
const RESULTS_TABS = [/^Findings/, /^Economics$/, /^Compare$/];

describe.skipIf(skipE2E)('accessibility: axe-core finds no WCAG 2.2 AA violation', () => {
  useBrowser();
  afterAll(() => report.print('every main screen and dialog'));

  for (const lang of ['en', 'es'] as const) {
    it(`should pass on the first run and the board (${lang})`, async () => {
      const { page } = await openApp({ lang });
      await page.locator('.first-run').waitFor();
      await check(page, `first run (${lang})`);
      await page.close();
      const board = await openExampleBoard({ lang });
      await check(board.page, `board with an example (${lang})`);
    });
  }

  it('should pass on the results tabs', async () => {
    const { page } = await openExampleBoard();
    const tabs = page.getByRole('tablist', { name: 'Results views' });
    for (const name of RESULTS_TABS) {
      await tabs.getByRole('tab', { name }).click();
      await check(page, `results: ${String(name).replace(/[/^$]/g, '')}`);
    }
  });

  it('should pass in the segment dialog, workbench tabs, channels and scenario dialogs', async () => {
    const { page } = await openExampleBoard();
    const firstCard = page.locator('.segment-card').first();

    await firstCard.getByRole('button', { name: /^Edit/ }).click();
    await modal(page);
    await check(page, 'segment dialog');
    await closeModal(page);

    await firstCard.getByRole('button', { name: /^Relationships/ }).click();
    const workbench = await modal(page);
    for (const tab of WORKBENCH_TABS) {
      await workbench.getByRole('tab', { name: tab, exact: true }).click();
      await check(page, `workbench: ${tab}`);
    }
    await closeModal(page);

    await page.getByRole('button', { name: 'All channels' }).click();
    await modal(page, 'Channels');
    await check(page, 'channels dialog and matrix');
    await closeModal(page);

    await firstCard.getByRole('button', { name: /^What if\?/ }).click();
    await modal(page);
    await check(page, 'scenario dialog');
    await closeModal(page);

    await page.getByRole('button', { name: 'Canvases' }).click();
    await modal(page, 'Your canvases');
    await check(page, 'library dialog');
    await closeModal(page);
  });

  it('should pass in the file menu and its dialogs', async () => {
    const { page } = await openExampleBoard();
    const fileMenu = page.getByRole('button', { name: /^File/ });
    await fileMenu.click();
    await check(page, 'file menu');

    await page.getByRole('button', { name: 'Copy share link' }).click();
    const share = await modal(page, 'Copy share link');
    await check(page, 'share link dialog');
    const link = await share.getByRole('textbox').inputValue();
    await closeModal(page);

    await fileMenu.click();
    await page.getByRole('button', { name: 'Backups…' }).click();
    await modal(page);
    await check(page, 'backups dialog');
    await closeModal(page);

    await page.getByLabel('Choose a canvas file to import').setInputFiles({
      name: 'not-a-canvas.vinculo.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "this is": "not a canvas" }'),
    });
    await modal(page);
    await check(page, 'import dialog (a file with problems)');
    await closeModal(page);

    const visitor = await openApp({ path: new URL(link).pathname + new URL(link).hash });
    await modal(visitor.page, /^Shared canvas/);
    await check(visitor.page, 'shared link preview');
  });

  it('should pass in the classroom tools', async () => {
    const { page } = await openExampleBoard();
    await classroomMenu(page, 'Examples gallery');
    await modal(page, 'Examples gallery');
    await check(page, 'examples gallery');
    await closeModal(page);

    await classroomMenu(page, 'Present');
    await page.getByRole('dialog', { name: 'Presentation' }).waitFor();
    await check(page, 'presentation: title slide');
    await page.keyboard.press('End');
    await check(page, 'presentation: last slide');
    await page.keyboard.press('Escape');

    await classroomMenu(page, 'Print');
    await modal(page, 'Print');
    await check(page, 'print dialog');
    await closeModal(page);

    await classroomMenu(page, 'Guided tour');
    await page.getByText('Step 1 of', { exact: false }).waitFor();
    await check(page, 'guided tour: first step');
    await page.getByRole('button', { name: 'Next' }).click();
    await check(page, 'guided tour: second step');
  });

  it('should pass with storage problems and on the crash screen', async () => {
    const { page } = await openApp({
      init: async (context) => {
        await context.addInitScript(() => {
          if (sessionStorage.getItem('seeded')) return;
          localStorage.setItem('bmc:canvas:broken', '{"state":{"canvas":');
          sessionStorage.setItem('seeded', '1');
        });
      },
    });
    await page.locator('.persistence-notices').waitFor();
    await check(page, 'storage problem notice');

    // A chunk that fails to load is a real crash the recovery screen must contain.
    const crash = await openApp({
      serviceWorkers: 'block',
      allowErrors: [/net::ERR_FAILED/, /Failed to fetch dynamically imported module/],
    });
    await crash.page.route(/GalleryDialog-[\w-]+\.js$/, (route) => route.abort());
    await crash.page
      .getByRole('button', { name: new RegExp(`^Open a copy ${EXAMPLE.name}`) })
      .click();
    await classroomMenu(crash.page, 'Examples gallery');
    await crash.page.locator('.crash-screen').waitFor();
    await check(crash.page, 'crash screen');
  });
});
