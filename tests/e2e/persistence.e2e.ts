import { describe, expect, it } from 'vitest';

import {
  addNote,
  appReady,
  appStorage,
  blockStorage,
  download,
  FIXTURE_ID,
  FIXTURE_KEY,
  FIXTURE_NAME,
  FIXTURE_TEXT,
  injectQuotaSwitch,
  readItem,
  refuseAllWrites,
  seedStorage,
  startBlankCanvas,
  storedCanvas,
  waitSaved,
} from './persistenceHelpers';
import { openApp, openTab, skipE2E, useBrowser } from './support/browser';
import { modal } from './support/screens';

const CORRUPT = '{"state":{"canvas":';
const notes = (canvas: Record<string, unknown> | null, block: string) =>
  ((canvas?.[block] as { text: string }[] | undefined) ?? []).map((n) => n.text);

describe.skipIf(skipE2E)('persistence: loading', () => {
  useBrowser();

  it('#1 opens a fresh profile with the first-run screen, no banner and no error, and keeps the first canvas', async () => {
    const { page } = await openApp();
    await appReady(page);
    await page.getByRole('heading', { name: 'Welcome to Vínculo' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await appStorage(page)).toEqual({});

    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Primer socio');
    await waitSaved(page);
    await page.reload();
    await page.getByText('Primer socio').waitFor();
  });

  it('#2 keeps an unreadable canvas byte-identical in a backup through edits and reloads, and offers it raw', async () => {
    const { page } = await openApp({ init: (c) => seedStorage(c, { 'bmc:canvas:c1': CORRUPT }) });
    const notice = page.getByRole('region', {
      name: "We couldn't read one of your saved canvases",
    });
    await notice.waitFor();
    const raw = await download(page, () =>
      notice.getByRole('button', { name: 'Download raw data' }).click(),
    );
    expect(raw.text).toBe(CORRUPT);

    const backups = Object.entries(await appStorage(page)).filter(([key]) =>
      key.startsWith('bmc:backup:quarantine:c1:'),
    );
    expect(backups).toEqual([[expect.any(String), CORRUPT]]);
    await startBlankCanvas(page);
    await addNote(page, 'valuePropositions', 'Escrito después');
    await waitSaved(page);
    await page.reload();
    await page.getByText('Escrito después').waitFor();
    await notice.waitFor();
    const after = await appStorage(page);
    expect(after[backups[0]?.[0] ?? '']).toBe(CORRUPT);
    expect(after['bmc:canvas:c1']).toBe(CORRUPT);
  });

  it('#3 treats valid JSON of the wrong type the same way, never a white screen', async () => {
    const { page } = await openApp({
      init: (c) => seedStorage(c, { 'bmc:canvas:c1': '[]', [FIXTURE_KEY]: FIXTURE_TEXT }),
    });
    await page
      .getByRole('region', { name: "We couldn't read one of your saved canvases" })
      .waitFor();
    await page.getByText('Distribuidora de piezas, pago a 30 días').waitFor();
  });

  it('#4 names the path of what it could not repair, and opens what it could', async () => {
    const fixture = JSON.parse(FIXTURE_TEXT);
    fixture.data.keyPartners = [
      { id: 'kp', text: 5 },
      { id: 'kp2', text: 'Se queda' },
    ];
    const broken = JSON.parse(FIXTURE_TEXT);
    broken.data.id = 'otro';
    broken.data.currency = 'pesos';
    const { page } = await openApp({
      init: (c) =>
        seedStorage(c, {
          [FIXTURE_KEY]: JSON.stringify(fixture),
          'bmc:canvas:otro': JSON.stringify(broken),
        }),
    });
    const repaired = page.getByRole('region', { name: `We repaired “${fixture.data.name}”` });
    await repaired.getByText('Key partners › note 1').waitFor();
    const invalid = page.getByRole('region', {
      name: `We couldn't open your saved canvas “${broken.data.name}”`,
    });
    await invalid
      .getByText('currency: is not a currency code this browser knows', { exact: false })
      .waitFor();
    await page.getByText('Se queda').waitFor();
  });

  it('#7 leaves a canvas it cannot upgrade untouched, offering its raw text', async () => {
    // v1 is the first version, so no real step can throw yet (the unit tests inject one); a
    // version the chain cannot start from is the failure a browser can meet today.
    const seeded = JSON.stringify({ ...JSON.parse(FIXTURE_TEXT), version: 0 });
    const { page } = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: seeded }) });
    const notice = page.getByRole('region', { name: /We couldn't read your saved canvas/ });
    await notice.getByRole('button', { name: 'Download raw data' }).waitFor();
    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Otro lienzo');
    await waitSaved(page);
    expect(await readItem(page, FIXTURE_KEY)).toBe(seeded);
  });

  it('#8 never writes back a canvas saved by a newer version, and asks to reload', async () => {
    const newer = JSON.stringify({ ...JSON.parse(FIXTURE_TEXT), version: 999 });
    const { page } = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: newer }) });
    const notice = page.getByRole('region', { name: /was saved by a newer version of Vínculo/ });
    await notice.getByRole('button', { name: 'Reload' }).waitFor();
    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Mientras tanto');
    await waitSaved(page);
    await page.reload();
    await notice.waitFor();
    expect(await readItem(page, FIXTURE_KEY)).toBe(newer);
  });
});

describe.skipIf(skipE2E)('persistence: writes, quota, blocked storage', () => {
  useBrowser();

  it('#12 keeps the edit and the saved version when the quota is exceeded, then recovers', async () => {
    const { page } = await openApp({
      init: async (c) => {
        await seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT });
        await injectQuotaSwitch(c);
      },
    });
    await appReady(page);
    await page.evaluate(
      () => ((window as unknown as { __failWrites: boolean }).__failWrites = true),
    );
    await addNote(page, 'keyActivities', 'No cabe');
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Not saved — browser storage is full' });
    await alert.getByRole('button', { name: 'Download backup' }).waitFor();
    await page
      .getByRole('banner')
      .getByRole('button', { name: 'Not saved: browser storage is full' })
      .waitFor();
    expect(await readItem(page, FIXTURE_KEY)).toBe(FIXTURE_TEXT);
    const backup = await download(page, () =>
      alert.getByRole('button', { name: 'Download backup' }).click(),
    );
    expect(backup.text).toContain('No cabe');

    await page.evaluate(
      () => ((window as unknown as { __failWrites: boolean }).__failWrites = false),
    );
    await page.getByRole('textbox').last().fill('Ya cabe');
    await waitSaved(page);
    expect(await alert.count()).toBe(0);
    expect(notes(await storedCanvas(page, FIXTURE_ID), 'keyActivities')).toEqual(['Ya cabe']);
  });

  it('#13 survives a really full storage with the old value byte-identical', async () => {
    const { page } = await openApp({
      init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }),
    });
    await appReady(page);
    await page.evaluate(() => {
      let size = 5_300_000;
      while (size > 1000) {
        try {
          localStorage.setItem('junk', 'x'.repeat(size));
          break;
        } catch {
          size -= 10_000;
        }
      }
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`junk${i}`, 'x'.repeat(100));
        } catch {
          break;
        }
      }
    });
    await addNote(page, 'keyActivities', 'x'.repeat(3000));
    await page
      .getByRole('alert')
      .filter({ hasText: 'Not saved — browser storage is full' })
      .waitFor();
    expect(await readItem(page, FIXTURE_KEY)).toBe(FIXTURE_TEXT);

    await page.evaluate(() => localStorage.removeItem('junk'));
    await page.getByRole('textbox').last().fill('cabe');
    await waitSaved(page);
  });

  it('#14 refuses a 1 MB paste into one note with a clear message, and keeps saving the others', async () => {
    const { page } = await openApp({
      init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }),
    });
    await appReady(page);
    const huge = await addNote(page, 'keyActivities', 'x'.repeat(1_000_000));
    await page.getByText('Too long: at most 4,000 characters.').waitFor();
    expect(await huge.getAttribute('aria-invalid')).toBe('true');
    await addNote(page, 'keyResources', 'Se guarda igual');
    await waitSaved(page);
    const stored = await storedCanvas(page, FIXTURE_ID);
    expect(notes(stored, 'keyResources')).toContain('Se guarda igual');
    expect(notes(stored, 'keyActivities').every((text) => text.length <= 4000)).toBe(true);
  });

  it('#16 boots with storage blocked, edits in memory, warns prominently and still exports', async () => {
    const { page } = await openApp({ init: blockStorage });
    const alert = page.getByRole('alert').filter({ hasText: 'This browser is blocking storage' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "Your work won't be kept when you close this page. Export a file to save it.",
    );
    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Solo en memoria');
    await page
      .getByRole('banner')
      .getByRole('button', { name: 'Not saved: this browser blocks storage' })
      .waitFor();
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Export file (.vinculo.json)' }).click(),
    );
    expect(file.name).toBe('My business model.vinculo.json');
    expect(file.text).toContain('Solo en memoria');
  });

  it('#17 detects a storage that refuses every write at start-up, like old private modes', async () => {
    const { page } = await openApp({ init: refuseAllWrites });
    await page.getByRole('alert').filter({ hasText: 'This browser is blocking storage' }).waitFor();
    await startBlankCanvas(page);
    await addNote(page, 'keyPartners', 'Privado');
    await page
      .getByRole('banner')
      .getByRole('button', { name: 'Not saved: this browser blocks storage' })
      .waitFor();
  });

  it('#19 saves the last keystroke when the page reloads right after typing', async () => {
    const { page } = await openApp({
      init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }),
    });
    await appReady(page);
    await addNote(page, 'keyActivities', 'Tecleado justo antes de recargar');
    await page.reload();
    await page.getByText('Tecleado justo antes de recargar').waitFor();
  });

  it('#19 saves the last keystroke when the tab is closed right after typing', async () => {
    const app = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }) });
    await appReady(app.page);
    await addNote(app.page, 'keyActivities', 'Tecleado justo antes de cerrar');
    await app.page.close({ runBeforeUnload: true });
    const page = await openTab(app);
    await page.getByText('Tecleado justo antes de cerrar').waitFor();
  });
});

describe.skipIf(skipE2E)('persistence: saving starts after the first screen', () => {
  useBrowser();
  /** The save controller's chunk, held back or refused by the test (no service worker to serve it). */
  const SAVE_CODE = /\/assets\/saveController-[\w-]+\.js$/;

  it('saves a note added before the code that saves has arrived', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openApp({
      serviceWorkers: 'block',
      init: async (c) => {
        await seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT });
        await c.route(SAVE_CODE, async (route) => {
          await arrived;
          await route.continue();
        });
      },
    });
    await addNote(page, 'keyActivities', 'Antes de que llegue el guardado');
    await page.getByRole('banner').getByRole('button', { name: 'Saving…' }).waitFor();
    expect(await readItem(page, FIXTURE_KEY)).toBe(FIXTURE_TEXT);
    release();
    await waitSaved(page);
    await page.reload();
    await page.getByText('Antes de que llegue el guardado').waitFor();
  });

  it('#19 a canvas deleted just before the tab is closed stays deleted', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const stored = JSON.parse(FIXTURE_TEXT) as { data: Record<string, unknown> };
    const otherKey = 'bmc:canvas:canvas_otro';
    const other = JSON.stringify({
      ...stored,
      data: { ...stored.data, id: 'canvas_otro', name: 'Otro taller' },
    });
    const app = await openApp({
      serviceWorkers: 'block',
      init: async (c) => {
        await seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT, [otherKey]: other });
        // Held until the end: the page closes before the code that saves has arrived.
        await c.route(SAVE_CODE, async (route) => {
          await arrived;
          await route.continue().catch(() => {}); // its page may be closed by then
        });
      },
    });
    await appReady(app.page);
    await app.page.getByRole('button', { name: 'Canvases' }).click();
    const library = await modal(app.page, 'Your canvases');
    await library.getByRole('button', { name: 'Delete Otro taller' }).click();
    await library.getByText('Otro taller').waitFor({ state: 'detached' });
    expect(await readItem(app.page, otherKey)).toBe(other);
    await app.page.close({ runBeforeUnload: true });

    const page = await openTab(app);
    await appReady(page);
    expect(await readItem(page, otherKey)).toBeNull();
    await page.getByRole('button', { name: 'Canvases' }).click();
    const reopened = await modal(page, 'Your canvases');
    await reopened.getByRole('heading', { name: '1 canvas', exact: true }).waitFor();
    await reopened.getByRole('button', { name: `Rename ${FIXTURE_NAME}` }).waitFor();
    release();
  });

  it('says nothing is saved when that code cannot be fetched, and offers a backup', async () => {
    const { page } = await openApp({
      serviceWorkers: 'block',
      allowErrors: [/Failed to load resource/],
      init: async (c) => {
        await seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT });
        await c.route(SAVE_CODE, (route) => route.abort());
      },
    });
    const note = await addNote(page, 'keyActivities', 'Sin conexión');
    await page
      .getByRole('banner')
      .getByRole('button', { name: "Not saved: the app couldn't finish loading" })
      .waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'then reload the page' });
    await notice.getByRole('button', { name: 'Download backup' }).waitFor();
    await expect(notice.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
    // A textarea's text is its value (its text content is only what it started with).
    expect(await note.inputValue()).toBe('Sin conexión');
    expect(await readItem(page, FIXTURE_KEY)).toBe(FIXTURE_TEXT);
  });
});

describe.skipIf(skipE2E)('persistence: several tabs', () => {
  useBrowser();

  it('#21 keeps both edits when a stale tab edits after another', async () => {
    const app = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }) });
    const a = app.page;
    const b = await openTab(app);
    await appReady(a);
    await appReady(b);
    await a.bringToFront();
    await addNote(a, 'keyActivities', 'Desde A');
    await waitSaved(a);
    await b.bringToFront();
    await b.getByText('Desde A').waitFor();
    await addNote(b, 'keyResources', 'Desde B');
    await waitSaved(b);
    await a.reload();
    await b.reload();
    for (const page of [a, b]) {
      await page.getByText('Desde A').waitFor();
      await page.getByText('Desde B').waitFor();
    }
  });

  it('#23 keeps unsaved edits when another tab writes the same canvas, and asks', async () => {
    const app = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }) });
    const a = app.page;
    await appReady(a);
    const b = await openTab(app);
    await appReady(b);
    await addNote(a, 'keyActivities', 'Mío, sin guardar');
    await b.evaluate(
      ([key, fixture]) => {
        const envelope = JSON.parse(fixture);
        localStorage.setItem(
          key,
          JSON.stringify({
            ...envelope,
            rev: envelope.rev + 5,
            writerTabId: 'tab-b',
            data: { ...envelope.data, name: 'Cambiado en B' },
          }),
        );
      },
      [FIXTURE_KEY, FIXTURE_TEXT] as const,
    );
    const conflict = a.getByRole('alert').filter({ hasText: 'was also changed in another tab' });
    await conflict.waitFor();
    expect(await a.getByRole('textbox').last().inputValue()).toBe('Mío, sin guardar');
    expect((await storedCanvas(a, FIXTURE_ID))?.name).toBe('Cambiado en B');

    await conflict.getByRole('button', { name: 'Keep my version' }).click();
    await waitSaved(a);
    expect(notes(await storedCanvas(a, FIXTURE_ID), 'keyActivities')).toEqual(['Mío, sin guardar']);
  });

  it('#24 writes nothing when two tabs start at the same time, until the first edit', async () => {
    const app = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }) });
    const [b, c] = await Promise.all([openTab(app), openTab(app)]);
    await Promise.all([appReady(app.page), appReady(b), appReady(c)]);
    await b.waitForTimeout(1000); // longer than the save debounce
    expect(await appStorage(b)).toEqual({ [FIXTURE_KEY]: FIXTURE_TEXT });
    await addNote(c, 'keyPartners', 'Primera edición');
    await waitSaved(c);
    expect(notes(await storedCanvas(b, FIXTURE_ID), 'keyPartners')).toContain('Primera edición');
  });
});
