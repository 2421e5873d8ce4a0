import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openApp, SCREENSHOT_DIR, skipE2E, useBrowser } from './support/browser';
import { addSegment, boardEvaluated } from './support/screens';

type ExampleTexts = Record<string, { name: string; segments: Record<string, { name: string }> }>;
const EXAMPLES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../locales/en/examples.json'), 'utf8'),
) as ExampleTexts;

const STORY = [
  'Customer segments',
  'Value propositions',
  'Channels',
  'Customer relationships',
  'Revenue streams',
  'Key resources',
  'Key activities',
  'Key partners',
  'Cost structure',
];

async function chooseFromClassroomMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^Classroom/ }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
}

async function openExample(page: Page, id: string) {
  const example = EXAMPLES[id];
  if (!example) throw new Error(`no example ${id}`);
  await chooseFromClassroomMenu(page, 'Examples gallery');
  await page.getByRole('button', { name: `Open a copy of ${example.name}` }).click();
  await page.getByRole('heading', { level: 1, name: `${example.name} (copy)` }).waitFor();
  await boardEvaluated(page);
  return example;
}

/** WCAG A/AA violations axe finds inside `selector`, as "rule: targets" lines. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async (context) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: string,
          options: object,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await axe.run(context, { runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, selector);
}

const progressText = (page: Page) => page.locator('.presentation__progress').textContent();

describe.skipIf(skipE2E)('classroom: examples, presentation and PNG', () => {
  useBrowser();

  it('should open each example from the gallery as a copy on the board', async () => {
    const { page } = await openApp({ lang: 'en' });
    const ids = Object.keys(EXAMPLES);
    expect(ids).toHaveLength(6);
    for (const id of ids) {
      const example = await openExample(page, id);
      const board = page.locator('.canvas-board');
      for (const segment of Object.values(example.segments)) {
        await board.getByText(segment.name, { exact: true }).first().waitFor();
      }
    }
    const switcher = page.getByRole('combobox', { name: /canvas/i });
    const names = await switcher.locator('option').allTextContents();
    expect(names).toEqual(Object.values(EXAMPLES).map((example) => `${example.name} (copy)`));
  });

  it('should run a whole presentation from the keyboard, revealing findings one by one', async () => {
    const { page } = await openApp({ lang: 'en', viewport: { width: 1920, height: 1080 } });
    const example = await openExample(page, 'privateBank');
    // the examples are tidy; a new, bare segment brings findings to reveal
    await addSegment(page, 'Evening students');

    // open it with the keyboard alone
    const trigger = page.getByRole('button', { name: /^Classroom/ });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Present');
    await page.keyboard.press('Enter');
    const presentation = page.getByRole('dialog', { name: 'Presentation' });
    await presentation.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.className))
      .toBe('presentation');
    const total = Number((await progressText(page))?.split(' / ')[1]);
    const segmentNames = [
      ...Object.values(example.segments).map((s) => s.name),
      'Evening students',
    ];
    expect(total).toBe(1 + 9 + 3 * segmentNames.length);

    const titles: string[] = [];
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    let presses = 0;
    let revealed = 0;
    for (let slide = 1; slide <= total; slide++) {
      expect(await progressText(page)).toBe(`${slide} / ${total}`);
      const title = (await presentation.getByRole('heading', { level: 2 }).textContent()) ?? '';
      titles.push(title);
      if (title === STORY[0])
        await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'classroom-present-block.png') });
      if (title.endsWith(': economics') && revealed === 0)
        await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'classroom-present-economics.png') });
      // findings come one per press before the next slide
      const findings = presentation.locator('.slide__finding');
      const hidden = await presentation.getByText(/more findings?/).count();
      if (hidden > 0) {
        const before = await findings.count();
        await page.keyboard.press(keys[presses++ % keys.length] ?? 'ArrowRight');
        expect(await findings.count()).toBe(before + 1);
        expect(await progressText(page)).toBe(`${slide} / ${total}`);
        revealed++;
        slide--;
        titles.pop();
        if (revealed === 2)
          await page.screenshot({
            path: resolve(SCREENSHOT_DIR, 'classroom-present-findings.png'),
          });
        continue;
      }
      if (slide < total) await page.keyboard.press(keys[presses++ % keys.length] ?? 'ArrowRight');
    }
    expect(titles.slice(1, 10)).toEqual(STORY);
    expect(titles.slice(10)).toEqual(
      segmentNames.flatMap((name) => [
        `${name}: relationships`,
        `${name}: economics`,
        `${name}: findings`,
      ]),
    );
    expect(revealed).toBeGreaterThan(0);

    await page.keyboard.press('PageUp');
    expect(await progressText(page)).toBe(`${total} / ${total}`);
    await page.keyboard.press('Home');
    expect(await progressText(page)).toBe(`1 / ${total}`);
    await page.keyboard.press('End');
    expect(await progressText(page)).toBe(`${total} / ${total}`);

    await page.keyboard.press('Escape');
    await presentation.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toMatch(/^Classroom/);
  });

  it('should download a PNG of the canvas board', async () => {
    const { page } = await openApp({ lang: 'en', viewport: { width: 1280, height: 800 } });
    await openExample(page, 'skype');
    const box = await page.locator('.canvas-board').boundingBox();
    if (!box) throw new Error('no canvas board');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chooseFromClassroomMenu(page, 'Download PNG'),
    ]);

    expect(download.suggestedFilename()).toMatch(
      /^Skype free calls, paid calls to phones \(copy\) \d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    // twice the board's size on screen, give or take rounding
    expect(Math.abs(width - 2 * box.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(height - 2 * box.height)).toBeLessThanOrEqual(4);
    await page
      .getByRole('status')
      .filter({ hasText: 'The canvas image has been downloaded.' })
      .waitFor({ state: 'attached' });
  });

  it('should pass an axe scan in the gallery, the presentation and the tour', async () => {
    const { page } = await openApp({ lang: 'es' });
    await page.getByRole('button', { name: /^Aula/ }).click();
    await page.getByRole('button', { name: 'Galería de ejemplos', exact: true }).click();
    await page.locator('dialog[open] .example-card').first().waitFor();
    expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
    await page.getByRole('button', { name: /^Abrir una copia de LEGO/ }).click();

    await page.getByRole('button', { name: /^Aula/ }).click();
    await page.getByRole('button', { name: 'Presentar', exact: true }).click();
    await page.getByRole('dialog', { name: 'Presentación' }).waitFor();
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    expect(await axeViolations(page, '.presentation')).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Haz el recorrido' }).click();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    expect(await axeViolations(page, '.guide-card')).toEqual([]);
  });
});
