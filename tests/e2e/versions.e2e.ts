import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { createLiveClass, joinByLink, liveBar, studentCard } from './support/live';
import { useLiveServer } from './support/liveServer';
import { addSegment, closeModal, modal, openExampleBoard } from './support/screens';

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Versions…' }).click();
  return modal(page, 'Versions of this canvas');
}

const onBoard = (page: Page, text: string) =>
  page.locator('.canvas-board').getByText(text, { exact: true });

describe.skipIf(skipE2E)('named versions, in this browser', () => {
  useBrowser();

  it('keeps a named version across a reload and restores it offline, as one undoable edit', async () => {
    const { page, context } = await openExampleBoard();
    let dialog = await openVersions(page);
    // A missing name is said beside the field, and that state is clean under axe too.
    await dialog.getByRole('button', { name: 'Save this version' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Give the version a name.' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await dialog.getByLabel('Name of the version').fill('Before the new segment');
    await dialog.getByRole('button', { name: 'Save this version' }).click();
    await dialog.getByText('Saved “Before the new segment”.').waitFor();
    expect(await runAxe(page)).toEqual([]);
    await closeModal(page);

    await addSegment(page, 'Night-shift nurses');
    await onBoard(page, 'Night-shift nurses').first().waitFor();
    await page.reload();
    await onBoard(page, 'Night-shift nurses').first().waitFor();
    // Loads the dialog's code once online; what follows needs no network.
    await openVersions(page);
    await closeModal(page);
    await context.setOffline(true);

    dialog = await openVersions(page);
    await dialog.getByText('Before the new segment', { exact: true }).waitFor();
    await dialog
      .getByRole('button', { name: 'What changed since “Before the new segment”' })
      .click();
    await dialog.getByText('Segment “Night-shift nurses” added.').waitFor();
    await dialog.getByRole('button', { name: 'Restore “Before the new segment”' }).click();
    await dialog
      .getByText('The canvas is back to “Before the new segment”.', { exact: false })
      .waitFor();
    await closeModal(page);
    await onBoard(page, 'Night-shift nurses').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Undo' }).click();
    await onBoard(page, 'Night-shift nurses').first().waitFor();
  }, 60_000);
});

describe.skipIf(skipE2E)('hand-ins of a live class, against the real server', () => {
  useBrowser();
  const server = useLiveServer();

  it('keeps a hand-in frozen while the student keeps editing, and names the edit since', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Entregas');
    const ana = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(ana.page, 'Cafeterías');
    const card = await studentCard(teacher.page, 'Ana');
    await card.getByText('Cafeterías').waitFor();

    const bar = liveBar(ana.page);
    // By keyboard: the form takes focus when it opens, Enter hands in.
    await bar.getByRole('button', { name: 'Hand in' }).click();
    const field = bar.getByLabel('Name of the hand-in');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await ana.page.keyboard.type('First draft');
    await ana.page.keyboard.press('Enter');
    await bar.getByText('Last hand-in: “First draft”', { exact: false }).waitFor();
    expect(await runAxe(ana.page)).toEqual([]);

    // The student keeps working after handing in.
    await addSegment(ana.page, 'Hoteles');
    await card.getByText('Hoteles').waitFor();
    await card.getByText('Handed in: “First draft”', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Hand-ins of Ana' }).click();
    const dialog = await modal(teacher.page, 'Hand-ins of Ana');
    const frozen = dialog.getByRole('region', { name: 'Handed in: “First draft”' });
    const live = dialog.getByRole('region', { name: 'Live canvas now' });
    await live.getByText('Hoteles').waitFor();
    await frozen.getByText('Cafeterías').waitFor();
    expect(await frozen.getByText('Hoteles').count()).toBe(0);
    await dialog.getByText('Segment “Hoteles” added.').waitFor();

    // More editing while the instructor looks: the live side follows, the hand-in does not.
    await addSegment(ana.page, 'Hospitales');
    await live.getByText('Hospitales').waitFor();
    await dialog.getByText('Segment “Hospitales” added.').waitFor();
    expect(await frozen.getByText('Hospitales').count()).toBe(0);
    expect(await runAxe(teacher.page)).toEqual([]);
  }, 120_000);

  it('hands in offline: the hand-in reaches the instructor once the connection returns', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Sin red');
    const eva = await joinByLink(server.url, joinPath, 'Eva');
    await addSegment(eva.page, 'Talleres');
    const card = await studentCard(teacher.page, 'Eva');
    await card.getByText('Talleres').waitFor();

    const bar = liveBar(eva.page);
    await bar.getByRole('button', { name: 'Hand in' }).click();
    const name = bar.getByLabel('Name of the hand-in');
    await name.waitFor();
    await eva.context.setOffline(true);
    await bar.getByText('Offline: your edits stay on this device').waitFor();
    await name.fill('Offline draft');
    await bar.getByRole('button', { name: 'Hand in this version' }).click();
    await bar.getByText('Last hand-in: “Offline draft”', { exact: false }).waitFor();
    expect(await card.getByText('Handed in', { exact: false }).count()).toBe(0);

    await eva.context.setOffline(false);
    await bar.getByText('Saved on the server').waitFor({ timeout: 20_000 });
    await card
      .getByText('Handed in: “Offline draft”', { exact: false })
      .waitFor({ timeout: 15_000 });
  }, 90_000);
});
