import { describe, expect, it } from 'vitest';

import type { Canvas } from '@/domain';

import {
  appReady,
  appStorage,
  FIXTURE_KEY,
  FIXTURE_NAME,
  FIXTURE_TEXT,
  seedStorage,
  waitSaved,
} from './persistenceHelpers';
import { lzBomb } from '../support/lzBomb';

import { baseURL, openApp, skipE2E, useBrowser } from './support/browser';

const fixture = (): { data: Canvas } => JSON.parse(FIXTURE_TEXT);

async function shareLinkOf(seeded: string) {
  const { page } = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: seeded }) });
  await appReady(page);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  return page.getByRole('dialog', { name: 'Copy share link' });
}

describe.skipIf(skipE2E)('share links', () => {
  useBrowser();

  it('opens a shared canvas read-only in a fresh profile, writes nothing, and saves a copy on request', async () => {
    const dialog = await shareLinkOf(FIXTURE_TEXT);
    const url = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(url).toMatch(/^http:\/\/localhost:\d+\/#share=[A-Za-z0-9+\-$]+$/u);

    const { page } = await openApp({ path: `/${new URL(url).hash}` });
    const preview = page.getByRole('dialog', { name: `Shared canvas: ${FIXTURE_NAME}` });
    await preview.getByText('Read-only preview. Nothing is saved until you save a copy.').waitFor();
    await preview.getByText('Distribuidora de piezas, pago a 30 días').waitFor();
    await page.waitForTimeout(800); // past any save debounce
    expect(await appStorage(page)).toEqual({});

    await preview.getByRole('button', { name: 'Save a copy' }).click();
    await waitSaved(page);
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await page.getByRole('heading', { name: FIXTURE_NAME }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('says a canvas is too large for a link and suggests a file', async () => {
    const big = fixture();
    // Varied CJK text compresses about as badly as real prose in bulk.
    const text = Array.from({ length: 3900 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    big.data.keyActivities = Array.from({ length: 20 }, (_, i) => ({ id: `ka${i}`, text }));
    const dialog = await shareLinkOf(JSON.stringify(big));
    await dialog
      .getByText(
        /This canvas is too large for a link \([\d,]+ characters; browsers handle about 32,000\)\. Export a file/,
      )
      .waitFor();
    expect(await dialog.getByRole('textbox').count()).toBe(0);
  });

  it('says a damaged link cannot be opened, and writes nothing', async () => {
    const { page } = await openApp({ path: '/#share=N4IgLgpgTgrgxgZwgEwFwgCIEsA2' });
    const alert = page.getByRole('dialog', { name: 'Shared canvas' }).getByRole('alert');
    await alert
      .getByText("This share link is damaged or incomplete, so it can't be opened.", {
        exact: false,
      })
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('heading', { name: 'Welcome to Vínculo' }).waitFor();
    expect(await appStorage(page)).toEqual({});
    expect(baseURL).toBeTruthy();
  });

  it('refuses a link that would unpack to gigabytes, says so, and the tab stays usable', async () => {
    // ~860,000 characters (under the 2,000,000 a link may have), billions once unpacked
    const bomb = lzBomb(300_000);
    expect(bomb.length).toBeGreaterThan(800_000);
    const { page } = await openApp({ path: `/#share=${bomb}` });
    const alert = page.getByRole('dialog', { name: 'Shared canvas' }).getByRole('alert');
    await alert
      .getByText('This share link is too large to open. Ask for an exported file instead.')
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('heading', { name: 'Welcome to Vínculo' }).waitFor();
    expect(await appStorage(page)).toEqual({});
  });
});
