import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import type { Canvas } from '@/domain';

import {
  addNote,
  appReady,
  appStorage,
  download,
  FIXTURE_ID,
  FIXTURE_KEY,
  FIXTURE_NAME,
  FIXTURE_TEXT,
  seedStorage,
  startBlankCanvas,
  storedCanvas,
  waitSaved,
} from './persistenceHelpers';
import { describeViolations, runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';

const fixture = (): { data: Canvas } => JSON.parse(FIXTURE_TEXT);
const canvasFile = (canvas: unknown, version = 1) =>
  JSON.stringify({
    format: 'vinculo-canvas',
    version,
    savedAt: '2026-01-01T00:00:00.000Z',
    canvas,
  });

async function openFixture() {
  const app = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: FIXTURE_TEXT }) });
  await appReady(app.page);
  return app;
}

/** Chooses a file to import and returns the import dialog. */
async function importBuffer(page: Page, buffer: Buffer, name = 'canvas.vinculo.json') {
  await page.setInputFiles('input[type=file]', { name, mimeType: 'application/json', buffer });
  const dialog = page.getByRole('dialog', { name: 'Import a canvas' });
  await dialog.waitFor();
  return dialog;
}

async function menu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('button', { name: item }).click();
}

describe.skipIf(skipE2E)('files: import refusals', () => {
  useBrowser();

  const notCanvas: [string, Buffer][] = [
    [
      'a PNG renamed .json',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    ],
    ['an empty file', Buffer.alloc(0)],
    [
      'UTF-16 text with a BOM',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Hola, esto no es un lienzo', 'utf16le'),
      ]),
    ],
    [
      'an Excalidraw file (#28)',
      Buffer.from(
        JSON.stringify({
          type: 'excalidraw',
          version: 2,
          source: 'https://excalidraw.com',
          elements: [],
        }),
      ),
    ],
    ['an empty object (#28)', Buffer.from('{}')],
    ['an array (#28)', Buffer.from('[{"format":"vinculo-canvas"}]')],
  ];
  for (const [label, buffer] of notCanvas) {
    it(`#27 #28 says ${label} is not a canvas file and changes nothing`, async () => {
      const { page } = await openFixture();
      const before = await appStorage(page);
      const dialog = await importBuffer(page, buffer);
      await dialog.getByText("This isn't a Business Model Canvas file.").waitFor();
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await page.waitForTimeout(700); // past the save debounce
      expect(await appStorage(page)).toEqual(before);
    });
  }

  it('#27 refuses a 50 MB file as too large', async () => {
    const { page } = await openFixture();
    const before = await appStorage(page);
    const path = join(mkdtempSync(join(tmpdir(), 'vinculo-')), 'huge.json');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await page.setInputFiles('input[type=file]', path);
    const dialog = page.getByRole('dialog', { name: 'Import a canvas' });
    await dialog.getByText(/This file is too large \(52[.,]4 MB\)/).waitFor();
    expect(await appStorage(page)).toEqual(before);
  });

  it('#29 lists the problems with readable places, and imports nothing', async () => {
    const { page } = await openFixture();
    const broken = fixture().data;
    broken.segments = broken.segments.map((segment) => ({ ...segment, size: -5 }));
    broken.keyPartners = broken.keyPartners.map((note) => ({ ...note, text: 'x'.repeat(5000) }));
    const dialog = await importBuffer(page, Buffer.from(canvasFile(broken)));
    await dialog.getByText('This canvas file has problems, so nothing was imported:').waitFor();
    await dialog
      .getByText(
        'Customer segments › segment 1 (“Ciclistas urbanos”) › size: is too short or too small',
      )
      .waitFor();
    await dialog
      .getByText(/^Key partners › note 1 \(“x+…”\) › text: is too long or too large$/)
      .waitFor();
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith('bmc:canvas:')).length,
      ),
    ).toBe(1);
  });

  it('#30 says a file from a newer version needs an update rather than calling it damaged', async () => {
    const { page } = await openFixture();
    const dialog = await importBuffer(page, Buffer.from(canvasFile(fixture().data, 7)));
    await dialog
      .getByText(
        'This file was made with a newer version of Vínculo. Reload the page to update, then import it again.',
      )
      .waitFor();
    expect(await dialog.getByText(/damaged|problems/).count()).toBe(0);
  });
});

describe.skipIf(skipE2E)('files: import over existing work (#31)', () => {
  useBrowser();
  const incoming = { ...fixture().data, id: 'entrante', name: 'Lienzo importado' };

  it('#31 asks first, and Cancel leaves everything untouched', async () => {
    const { page } = await openFixture();
    const before = await appStorage(page);
    const dialog = await importBuffer(page, Buffer.from(canvasFile(incoming)));
    await dialog.getByText('“Lienzo importado” is ready to import.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForTimeout(700);
    expect(await appStorage(page)).toEqual(before);
    await page.getByRole('heading', { name: FIXTURE_NAME }).waitFor();
  });

  it('#31 replaces after keeping a backup that can be opened again', async () => {
    const { page } = await openFixture();
    const dialog = await importBuffer(page, Buffer.from(canvasFile(incoming)));
    await dialog
      .getByText(
        'Replacing keeps the current canvas as a backup you can open again from File › Backups.',
      )
      .waitFor();
    await dialog.getByRole('button', { name: `Replace “${FIXTURE_NAME}”` }).click();
    await page.getByRole('heading', { name: 'Lienzo importado' }).waitFor();
    await waitSaved(page);
    expect((await storedCanvas(page, FIXTURE_ID))?.name).toBe('Lienzo importado');

    await menu(page, 'Backups…');
    const backups = page.getByRole('dialog', { name: 'Backups in this browser' });
    await backups.getByText(/^Before an import ·/).waitFor();
    await backups.getByRole('button', { name: 'Open as a new canvas' }).click();
    await page.getByRole('heading', { name: FIXTURE_NAME }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: FIXTURE_NAME }).waitFor();
  });

  it('#31 adds the file as a new canvas beside the current one', async () => {
    const { page } = await openFixture();
    const dialog = await importBuffer(page, Buffer.from(canvasFile(incoming)));
    await dialog.getByRole('button', { name: 'Add as a new canvas' }).click();
    await page.getByRole('heading', { name: 'Lienzo importado' }).waitFor();
    await waitSaved(page);
    const names = Object.entries(await appStorage(page))
      .filter(([key]) => key.startsWith('bmc:canvas:'))
      .map(([, raw]) => (JSON.parse(raw) as { data: { name: string } }).data.name)
      .sort();
    expect(names).toEqual(['Lienzo importado', FIXTURE_NAME]);
  });

  it('says which values of a first-edition file the upgrade changed, from what to what (§9.8)', async () => {
    const { page } = await openFixture();
    const edges = readFileSync(
      join(import.meta.dirname, '../fixtures/canvas-v1-edges.vinculo.json'),
    );
    const dialog = await importBuffer(page, edges);
    await dialog.getByText('It was made with an older version and has been upgraded.').waitFor();
    const changes = await dialog.getByRole('listitem').allInnerTexts();
    expect(changes).toHaveLength(4);
    expect(changes).toContain('currency: XYZ became EUR');
    expect(changes.some((line) => line.endsWith('Monthly churn: 1 became 0.999'))).toBe(true);
    expect(describeViolations(await runAxe(page))).toEqual([]);
  });
});

// Emoji with ZWJ and skin tones, RTL, CJK, newlines, tabs, quotes, lone surrogates, markup, long text.
const HOSTILE_TEXTS = [
  '👩🏽‍💻 👨‍👩‍👧‍👦 🏳️‍🌈',
  'مرحبا بالعالم — שלום עולם',
  '日本語のテキスト、中文、한국어',
  'línea 1\nlínea 2\r\nlínea 3\ttab',
  `"comillas" 'simples' «angulares» \`graves\``,
  'solitario \uD800 y \uDFFF',
  '<img src=x onerror=alert(1)><script>alert(2)</script>',
  '=HYPERLINK("http://evil","x") ,;',
  'ñ'.repeat(2000),
];

describe.skipIf(skipE2E)('files: round trip and CSV', () => {
  useBrowser();

  it('#33 exports a canvas full of hostile and multilingual text and imports it identical in a fresh profile', async () => {
    const original = fixture();
    original.data.name = '👩🏽‍💻 «Prueba» שלום <b>';
    original.data.description = HOSTILE_TEXTS.join('\n');
    original.data.keyPartners = HOSTILE_TEXTS.map((text, i) => ({ id: `kp${i}`, text }));
    const seeded = JSON.stringify(original);
    const source = await openApp({ init: (c) => seedStorage(c, { [FIXTURE_KEY]: seeded }) });
    await appReady(source.page);
    await source.page.getByText('日本語のテキスト、中文、한국어').waitFor();
    await source.page.getByRole('button', { name: 'File', exact: true }).click();
    const file = await download(source.page, () =>
      source.page.getByRole('button', { name: 'Export file (.vinculo.json)' }).click(),
    );
    expect(file.name).toBe('👩🏽💻 «Prueba» שלום b.vinculo.json');

    const target = await openApp();
    await appReady(target.page);
    await target.page.setInputFiles('input[type=file]', file.path);
    await target.page
      .getByRole('dialog', { name: 'Import a canvas' })
      .getByRole('button', { name: 'Add as a new canvas' })
      .click();
    await waitSaved(target.page);
    const stored = Object.entries(await appStorage(target.page)).filter(([key]) =>
      key.startsWith('bmc:canvas:'),
    );
    expect(stored).toHaveLength(1);
    const imported = (JSON.parse(stored[0]?.[1] ?? '') as { data: Record<string, unknown> }).data;
    expect({ ...imported, id: FIXTURE_ID }).toEqual(original.data);
  });

  it('#34 downloads a CSV whose hostile cells are defused and quoted', async () => {
    const hostile = fixture();
    hostile.data.segments = hostile.data.segments.map((segment) => ({
      ...segment,
      name: '=cmd|" /C calc"!A0',
    }));
    const { page } = await openApp({
      init: (c) => seedStorage(c, { [FIXTURE_KEY]: JSON.stringify(hostile) }),
    });
    await appReady(page);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const csv = await download(page, () =>
      page.getByRole('button', { name: 'Export CSV (economics and findings)' }).click(),
    );
    expect(csv.name).toBe(`${FIXTURE_NAME}.csv`);
    const rows = readFileSync(csv.path, 'utf8').split('\r\n');
    expect(rows[0]).toBe('\uFEFFEconomics per segment');
    expect(rows[2]).toMatch(/^"'=cmd\|"" \/C calc""!A0",CU,320,MXN,/);
    expect(rows).toContain('Findings');
  });
});

const PAYLOADS = [
  '<img src="x" onerror="alert(1)">',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '{{constructor.constructor("alert(4)")()}}',
];

describe.skipIf(skipE2E)('rendering user text (#36)', () => {
  useBrowser();

  it('#36 shows script and HTML payloads literally in every text field, before and after reload', async () => {
    const { page } = await openApp();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await appReady(page);
    await startBlankCanvas(page);
    for (const payload of PAYLOADS) {
      await addNote(page, 'keyPartners', payload);
      await page
        .locator('[data-block="keyPartners"]')
        .getByRole('button', { name: /^Done/ })
        .click();
    }
    await page.getByRole('button', { name: 'Canvases', exact: true }).click();
    await page.getByRole('textbox', { name: 'Canvas name' }).fill(PAYLOADS[0] ?? '');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add segment' }).click();
    await page
      .getByRole('dialog', { name: 'Customer segment' })
      .getByRole('textbox', { name: 'Name' })
      .fill(PAYLOADS[2] ?? '');
    await page.keyboard.press('Escape');
    await waitSaved(page);

    for (const stage of ['typed', 'reloaded']) {
      if (stage === 'reloaded') await page.reload();
      for (const payload of PAYLOADS)
        await page.getByText(payload, { exact: true }).first().waitFor();
      await page.getByRole('heading', { name: PAYLOADS[0] }).waitFor();
      expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
      expect(dialogs).toEqual([]);
    }
  });
});
