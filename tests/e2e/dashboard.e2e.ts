import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { serializeCanvasFile } from '@/domain';

import { studentCanvas } from '../features/dashboard/classCanvases';
import { describeViolations, rawKeysOnPage, runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';

type DroppedFile = { name: string; text: string };

const STUDENTS = Array.from({ length: 20 }, (_, i) => `student-${String(i + 1).padStart(2, '0')}`);

/** Twenty students' canvases, each with its own segments, and one file that is not a canvas. */
function classFiles(): DroppedFile[] {
  const files = STUDENTS.map((name, i) => ({
    name: `${name}.vinculo.json`,
    text: serializeCanvasFile(
      studentCanvas(`Plan ${i + 1}`, [
        { name: `Segment ${i + 1}A`, revenue: 10 + i, types: ['self_service'] },
        ...(i % 2 === 0
          ? [{ name: `Segment ${i + 1}B`, types: ['communities' as const], purposes: [] }]
          : []),
      ]),
    ),
  }));
  files.splice(7, 0, { name: 'homework.json', text: '{"format": "something-else"}' });
  return files;
}

async function openDashboard(
  lang: 'en' | 'es' = 'en',
  viewport?: { width: number; height: number },
) {
  const app = await openApp({ lang, ...(viewport ? { viewport } : {}) });
  await app.page.getByRole('button', { name: lang === 'es' ? /^Aula/ : /^Classroom/ }).click();
  await app.page
    .getByRole('button', { name: lang === 'es' ? 'Panel de la clase' : 'Class dashboard' })
    .click();
  await app.page.locator('.drop-zone').waitFor();
  return app;
}

/** Drops the files on the drop zone as a file manager would (one drag, many files). */
async function dropFiles(page: Page, files: DroppedFile[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list)
      data.items.add(new File([text], name, { type: 'application/json' }));
    const zone = document.querySelector('.drop-zone');
    if (!zone) throw new Error('no drop zone');
    const init = { bubbles: true, cancelable: true, dataTransfer: data };
    zone.dispatchEvent(new DragEvent('dragenter', init));
    zone.dispatchEvent(new DragEvent('dragover', init));
    zone.dispatchEvent(new DragEvent('drop', init));
  }, files);
}

const cards = (page: Page) => page.locator('.class-card');

async function expectAxeClean(page: Page, screen: string) {
  expect(describeViolations(await runAxe(page)), screen).toEqual([]);
  expect(await rawKeysOnPage(page), screen).toEqual([]);
}

describe.skipIf(skipE2E)('class dashboard without a server', () => {
  useBrowser();

  it('should make twenty cards of twenty dropped files, and its own message for a malformed one', async () => {
    const { page } = await openDashboard();
    await dropFiles(page, classFiles());
    await page.getByText('20 canvases loaded. 1 file could not be read.').waitFor();
    expect(await cards(page).count()).toBe(20);
    const names = await cards(page).getByRole('heading', { level: 2 }).allTextContents();
    expect(names).toEqual(STUDENTS);
    await page.getByText('“homework.json” could not be read').waitFor();
    await page.getByText("This isn't a Business Model Canvas file.").waitFor();
    await page.getByRole('article', { name: 'student-03' }).getByText('Segment 3B').waitFor();

    // The board is out of sight behind the dashboard, and comes back.
    expect(await page.locator('.workspace').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Back to the canvas' }).click();
    await page.locator('.first-run').waitFor();
  });

  it('should sort, filter, compare and present by keyboard', async () => {
    const { page } = await openDashboard();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Class dashboard');
    // Choosing files by keyboard: Tab to the button, Enter opens the system's file chooser.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Choose canvas files…');
    const chooser = page.waitForEvent('filechooser');
    // Enter on the button itself: a late re-render must not take the key elsewhere.
    await page.getByRole('button', { name: 'Choose canvas files…' }).press('Enter');
    await (
      await chooser
    ).setFiles(
      classFiles()
        .slice(0, 8)
        .map(({ name, text }) => ({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        })),
    );
    await page.getByText('7 canvases loaded. 1 file could not be read.').waitFor();

    await page.getByLabel('Sort by').selectOption({ label: 'Highest revenue first' });
    await expect
      .poll(() => cards(page).getByRole('heading', { level: 2 }).first().textContent())
      .toBe('student-07');
    await page.getByRole('checkbox', { name: 'No retention plan' }).check();
    // Every other student left the second segment without a retention plan (CR08).
    await expect.poll(() => cards(page).count()).toBe(4);

    await page.getByRole('checkbox', { name: 'Compare student-01' }).press('Space');
    await page.getByRole('checkbox', { name: 'Compare student-03' }).press('Space');
    await page.getByRole('button', { name: /^Compare the chosen canvases/ }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Compare canvases' });
    await dialog.getByRole('row', { name: /Segment 3B/ }).waitFor();
    await expectAxeClean(page, 'compare dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const present = page.getByRole('button', { name: 'Present student-03' });
    await present.press('Enter');
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    await presentation.getByRole('heading', { level: 2, name: 'Plan 3' }).waitFor();
    await page.keyboard.press('Escape');
    await presentation.waitFor({ state: 'detached' });
    await expect.poll(() => present.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`should be clean under axe, with cards and a failed file (${lang})`, async () => {
      const { page } = await openDashboard(lang);
      await dropFiles(page, classFiles().slice(0, 8));
      await cards(page).nth(6).waitFor();
      await page.locator('.class-failures__item').waitFor();
      await expectAxeClean(page, `dashboard (${lang})`);
    });
  }

  for (const [screen, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['projector', { width: 1920, height: 1080 }],
  ] as const) {
    it(`should fit a ${screen} without sideways scrolling`, async () => {
      const { page } = await openDashboard('en', viewport);
      await dropFiles(page, classFiles());
      await cards(page).nth(19).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      if (screen === 'projector') {
        // Several cards to a row, and type readable from the back of the room.
        const tops = await cards(page).evaluateAll((list) =>
          list.slice(0, 4).map((card) => Math.round(card.getBoundingClientRect().top)),
        );
        expect(new Set(tops).size).toBe(1);
        const size = await cards(page)
          .first()
          .getByRole('heading')
          .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
        expect(size).toBeGreaterThanOrEqual(24);
      }
    });
  }
});
