import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { describeViolations, runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { classroomMenu, closeModal, modal } from './support/screens';

const SEGMENT = 'Neighbourhood cafés';

/** A blank canvas with one segment of 400 customers paying €50 a month, served by self-service. */
async function blankCanvasWithSegment(page: Page) {
  await page.getByRole('button', { name: 'Start a blank canvas' }).click();
  await page.getByRole('button', { name: 'Add segment' }).click();
  const dialog = await modal(page);
  await dialog.getByLabel('Name', { exact: true }).fill(SEGMENT);
  await dialog.getByLabel('Size (customers)', { exact: true }).fill('400');
  await dialog.getByLabel('Monthly revenue per customer', { exact: true }).fill('50');
  await closeModal(page);
  await page
    .getByRole('button', { name: /^Relationships/ })
    .first()
    .click();
  const workbench = await modal(page);
  await workbench
    .getByRole('checkbox', { name: /Self-service/ })
    .first()
    .check();
  await closeModal(page);
}

/** The text of the figure beside `label` in an economics card (its value or its reason). */
const figure = (scope: Locator, label: string) =>
  scope
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');

async function openEconomics(page: Page) {
  await page
    .getByRole('button', { name: /^Relationships/ })
    .first()
    .click();
  const workbench = await modal(page);
  await workbench.getByRole('tab', { name: 'Economics' }).click();
  await figure(workbench, 'Contribution per customer').waitFor();
  return workbench;
}

describe.skipIf(skipE2E)('numbers a teacher can trust (issue 14)', () => {
  useBrowser();
  it("should lower the segment's contribution and LTV when a channel's monthly cost is entered, and show LTV with growth", async () => {
    const { page } = await openApp({ lang: 'en' });
    await blankCanvasWithSegment(page);

    let economics = await openEconomics(page);
    const contributionBefore = await figure(economics, 'Contribution per customer').innerText();
    const ltvBefore = await figure(economics, 'Lifetime value \\(LTV\\)').innerText();
    await closeModal(page);

    await page.getByRole('button', { name: 'Add channel' }).click();
    const channels = await modal(page, 'Channels');
    await channels.getByLabel('Name', { exact: true }).fill('Own shop');
    await channels.getByRole('checkbox', { name: new RegExp(SEGMENT) }).check();
    await channels.getByLabel('Monthly cost', { exact: true }).fill('4000');
    // the channel's row in "cost and reach": €4,000 for 400 customers, €10 each
    await channels.getByRole('tab', { name: 'Cost and reach' }).click();
    const own = channels.getByRole('table', { name: 'Own channels: cost and reach' });
    await own.getByRole('row', { name: /Own shop/ }).waitFor();
    expect(await own.getByRole('row', { name: /Own shop/ }).innerText()).toMatch(
      /€4,000.*400.*€10\.00/s,
    );
    await closeModal(page);

    economics = await openEconomics(page);
    await expect
      .poll(() => figure(economics, 'Channel cost').innerText())
      .toMatch(/^€4,000\/month/);
    expect(await figure(economics, 'Contribution per customer').innerText()).not.toBe(
      contributionBefore,
    );
    expect(await figure(economics, 'Lifetime value \\(LTV\\)').innerText()).not.toBe(ltvBefore);
    expect(await figure(economics, 'Lifetime value with growth').innerText()).toMatch(
      /No grow tactic/,
    );

    await economics.getByRole('tab', { name: 'Get, keep, grow' }).click();
    await economics.getByRole('button', { name: 'Add a grow tactic' }).click();
    await economics.getByLabel('Expected revenue uplift per customer').fill('20');
    await economics.getByRole('tab', { name: 'Economics' }).click();
    await expect
      .poll(() => figure(economics, 'Lifetime value with growth').innerText())
      .toMatch(/^€[\d,.]+/);
  });

  it('should show a channel answer in presentation mode, with the channels screens clean under axe', async () => {
    const { page } = await openApp({ lang: 'en' });
    await blankCanvasWithSegment(page);

    await page.getByRole('button', { name: 'Add channel' }).click();
    const channels = await modal(page, 'Channels');
    for (const tab of ['Cost and reach', 'Innovation checklist', 'Questions per segment']) {
      await channels.getByRole('tab', { name: tab }).click();
      await channels.getByRole('tab', { name: tab, selected: true }).waitFor();
      expect(describeViolations(await runAxe(page))).toEqual([]);
    }
    await channels
      .getByLabel("How do our channels fit into these customers' routines?")
      .fill('They order every Monday after the market');
    await closeModal(page);

    await classroomMenu(page, 'Present');
    const presentation = await modal(page, 'Presentation');
    const heading = presentation.getByRole('heading', { level: 2 });
    const target = `Channels of ${SEGMENT}`;
    // step forward slide by slide, waiting for each heading, until the segment's channel slide
    for (let i = 0; i < 20 && (await heading.innerText()) !== target; i += 1) {
      const before = await heading.innerText();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => heading.innerText()).not.toBe(before);
    }
    expect(await heading.innerText()).toBe(target);
    await presentation.getByText('They order every Monday after the market').waitFor();
    expect(describeViolations(await runAxe(page))).toEqual([]);

    // the segment's economics slide carries its break-even chart and the table of its points
    const economics = `${SEGMENT}: economics`;
    for (let i = 0; i < 5 && (await heading.innerText()) !== economics; i += 1) {
      const before = await heading.innerText();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => heading.innerText()).not.toBe(before);
    }
    expect(await heading.innerText()).toBe(economics);
    await presentation.getByRole('figure', { name: `Break-even of ${SEGMENT}` }).waitFor();
    const points = presentation.getByRole('table', {
      name: `Monthly margin and cost of ${SEGMENT} by number of customers`,
    });
    expect(await points.getByRole('row').count()).toBeGreaterThan(2);
    expect(describeViolations(await runAxe(page))).toEqual([]);
  });
});
