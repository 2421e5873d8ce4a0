import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import { createAxeReport, describeViolations, rawKeysOnPage, runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { classroomMenu, closeModal, EXAMPLE, modal, openExampleBoard } from './support/screens';

const report = createAxeReport();

/** Runs axe on the page as it is, records the count and expects no violation and no raw key. */
async function check(page: Page, screen: string) {
  const violations = await runAxe(page);
  report.add(screen, violations);
  expect.soft(describeViolations(violations), screen).toEqual([]);
  expect.soft(await rawKeysOnPage(page), `raw keys: ${screen}`).toEqual([]);
}

const WORKBENCH_TABS = ['Relationships', 'Get, keep, grow', 'Guiding questions', 'Economics'];
const RESULTS_TABS = [/^Findings/, /^Economics$/, /^Compare$/];

describe.skipIf(skipE2E)('accessibility: axe-core finds no WCAG 2.2 AA violation', () => {
  useBrowser();
  afterAll(() => report.print('every main screen and dialog'));

  it('should catch a planted violation and a raw key (the checks can fail)', async () => {
    const { page } = await openApp({ lang: 'en' });
    await page.locator('.first-run').waitFor();
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.innerHTML =
        '<input type="text"><p style="color:#aaa;background:#fff">editor:segment.addSomething</p>';
      document.querySelector('main')?.append(planted);
    });
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    expect(await rawKeysOnPage(page)).toEqual(['editor:segment.addSomething']);
  });

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

  it('should pass while editing, with findings of every kind, in Spanish on a phone', async () => {
    const { page } = await openApp({ lang: 'es', viewport: { width: 390, height: 844 } });
    await page.getByRole('button', { name: 'Empezar un lienzo en blanco' }).click();
    await page.getByRole('button', { name: 'Añadir segmento' }).click();
    const dialog = await modal(page);
    await page.keyboard.type('Estudiantes de tarde');
    await dialog.getByRole('textbox', { name: 'Tamaño (clientes)' }).fill('mucho');
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    await check(page, 'segment dialog with an invalid value (es, phone)');
    await dialog.getByRole('textbox', { name: 'Tamaño (clientes)' }).fill('300');
    await closeModal(page);

    const findings = page.locator('.results-panel .finding');
    await findings.first().waitFor();
    await findings.first().locator('summary').click();
    await check(page, 'board and findings (es, phone)');

    const partners = page.locator('[data-block="keyPartners"]');
    await partners.getByRole('button', { name: 'Añadir nota' }).click();
    await partners.getByRole('textbox').last().fill('Biblioteca del barrio');
    await check(page, 'note being edited (es, phone)');

    await page
      .locator('.segment-card')
      .first()
      .getByRole('button', { name: /^Relaciones/ })
      .click();
    const workbench = await modal(page);
    for (const tab of await workbench.getByRole('tab').all()) {
      const name = (await tab.textContent()) ?? '';
      await tab.click();
      await check(page, `workbench: ${name} (es, phone)`);
    }
    await workbench.getByRole('tab').nth(1).click();
    await workbench.getByRole('button', { name: /^Añadir una táctica de captación/ }).click();
    await check(page, 'get tactic being edited (es, phone)');
  });

  it('should never signal by colour alone', async () => {
    const { page } = await openApp({ lang: 'en' });
    await page.getByRole('button', { name: 'Start a blank canvas' }).click();
    await page.getByRole('button', { name: 'Add segment' }).click();
    // The segment editor loads lazily: type only once its name field is there and focused.
    const name = page
      .getByRole('dialog', { name: 'Customer segment' })
      .getByRole('textbox', { name: 'Name' });
    await name.waitFor();
    await name.fill('Evening students');
    await closeModal(page);
    await page.locator('.results-panel .finding').first().waitFor();
    const cues = await page.evaluate(() => ({
      // every colour chip carries the segment's label, every coloured card a tag
      chipsWithoutText: [...document.querySelectorAll('.segment-tag__chip')].filter(
        (chip) => !chip.textContent?.trim(),
      ).length,
      cardsWithoutTag: [...document.querySelectorAll('.segment-card')].filter(
        (card) => !card.querySelector('.segment-tag'),
      ).length,
      // every finding names its severity in words, next to a shape that differs per severity
      findings: [...document.querySelectorAll('.finding')].map((finding) => ({
        severity: finding.querySelector('.finding__severity')?.textContent?.trim() ?? '',
        icon: Boolean(finding.querySelector('svg.severity-icon')),
      })),
    }));
    expect(cues.chipsWithoutText).toBe(0);
    expect(cues.cardsWithoutTag).toBe(0);
    expect(cues.findings.length).toBeGreaterThan(2);
    for (const finding of cues.findings) {
      expect(['Error', 'Warning', 'Hint']).toContain(finding.severity);
      expect(finding.icon).toBe(true);
    }
  });
});
