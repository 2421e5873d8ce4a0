import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { createLiveClass, joinByLink, studentCard } from './support/live';
import { useLiveServer } from './support/liveServer';
import { addSegment } from './support/screens';

const cardNames = (page: Page) =>
  page.locator('.class-card').getByRole('heading', { level: 2 }).allTextContents();

describe.skipIf(skipE2E)('the class dashboard of a live class, against the real server', () => {
  useBrowser();
  const server = useLiveServer();

  it('shows three students’ names and segments within a second of their edits, sorts by findings, and is clean under axe', async () => {
    const teacher = await openApp({ origin: server.url });
    const { page } = teacher;
    const joinPath = await createLiveClass(page, 'Marketing 3');
    await page.getByRole('heading', { level: 1, name: 'Class dashboard' }).waitFor();
    await page.getByText('No student has joined yet', { exact: false }).waitFor();

    const students = [
      { name: 'Carlos', segment: 'Talleres de bici' },
      { name: 'Ana', segment: 'Familias jóvenes' },
      { name: 'Bea', segment: 'Oficinas pequeñas' },
    ];
    const joined = [];
    for (const { name } of students) joined.push(await joinByLink(server.url, joinPath, name));
    const cards = [];
    for (const { name } of students) cards.push(await studentCard(page, name));
    await page.getByText(/^List of students refreshed at /).waitFor();
    expect(await page.getByText('Nothing to show yet', { exact: false }).count()).toBe(0);

    for (const [i, { segment }] of students.entries()) {
      await addSegment(joined[i]!.page, segment);
      await cards[i]!.getByText(segment).waitFor({ timeout: 1000 });
    }
    // Carlos's second segment without a plan doubles his errors.
    await addSegment(joined[0]!.page, 'Mensajeros');
    await cards[0]!.getByText('Mensajeros').waitFor({ timeout: 1000 });
    await cards[0]!.getByText('4 errors').waitFor();
    for (const card of cards.slice(1)) await card.getByText('2 errors').waitFor();

    expect(await cardNames(page)).toEqual(['Ana', 'Bea', 'Carlos']);
    await page.getByLabel('Sort by').selectOption({ label: 'Most errors first' });
    await expect.poll(() => cardNames(page)).toEqual(['Carlos', 'Ana', 'Bea']);

    expect(await runAxe(page)).toEqual([]);
  }, 120_000); // three browsers joining on two busy cores

  it('says on the card and for the class when the instructor loses the connection, and recovers', async () => {
    const teacher = await openApp({
      origin: server.url,
      allowErrors: [/ERR_INTERNET_DISCONNECTED|WebSocket/],
    });
    const { page } = teacher;
    const joinPath = await createLiveClass(page, 'Sin red');
    const ana = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(ana.page, 'Cafeterías');
    const card = await studentCard(page, 'Ana');
    await card.getByText('Cafeterías').waitFor();

    await teacher.context.setOffline(true);
    await card.getByText('Not connected', { exact: true }).waitFor();
    await page.getByText('1 canvas is not connected', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await page
      .getByRole('alert')
      .getByText('The class server cannot be reached', { exact: false })
      .waitFor();
    // What arrived last stays on the card.
    expect(await card.getByText('Cafeterías').count()).toBe(1);

    await teacher.context.setOffline(false);
    await card.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    await addSegment(ana.page, 'Después');
    await card.getByText('Después').waitFor({ timeout: 5_000 });
  }, 90_000);
});
