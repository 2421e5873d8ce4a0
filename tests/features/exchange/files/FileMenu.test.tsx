import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createEmptyCanvas, createNote, parseCanvasFile, type Canvas } from '@/domain';
import { FileMenu } from '@/features/exchange/files/FileMenu';
import { readShareFragment } from '@/features/exchange/shareLink/shareLink';
import { serializeBackupFile } from '@/persistence/backupFile';
import { listBackups } from '@/persistence/backups';
import { useCanvasStore } from '@/store/canvasStore';

import fixtureText from '../../../fixtures/canvas-v1.vinculo.json?raw';
import { blobText, captureDownloads } from '../../../support/captureDownloads';

const fixtureName = 'Panadería «La Espiga» 🥖';
const store = () => useCanvasStore.getState();
const user = userEvent.setup();

function openCanvas(patch: Partial<Canvas> = {}) {
  const id = store().createCanvas({ name: 'Mi lienzo actual' });
  store().updateCanvas(patch);
  return id;
}

async function importFile(contents: BlobPart, name = 'canvas.vinculo.json') {
  await user.upload(
    screen.getByLabelText('Choose a canvas file to import'),
    new File([contents], name, { type: 'application/json' }),
  );
  return screen.findByRole('dialog', { name: 'Import a canvas' });
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  capture.restore();
  vi.restoreAllMocks();
});

describe('FileMenu: export', () => {
  it('#33 exports the open canvas as an exchange file with a safe name', async () => {
    openCanvas({ name: 'Plan: "A/B"\u202Eexe', keyPartners: [createNote('Línea 1\n"dos"')] });
    render(<FileMenu />);
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Export file (.vinculo.json)' }));
    const [download] = capture.downloads;
    expect(download?.name).toBe('Plan A B exe.vinculo.json');
    const parsed = parseCanvasFile(await blobText(download?.blob ?? new Blob()));
    expect(parsed).toEqual({ ok: true, canvas: store().canvases[store().activeId ?? ''] });
  });

  it('#34 exports a CSV whose user text cannot run as a formula', async () => {
    openCanvas({ name: 'CSV' });
    store().addSegment({
      name: '=HYPERLINK("http://evil","clic")',
      size: 10,
      monthlyRevenuePerCustomer: 5,
    });
    render(<FileMenu />);
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV (economics and findings)' }));
    // The CSV writer loads with the menu's other tools.
    await waitFor(() => expect(capture.downloads).toHaveLength(1), { timeout: 5000 });
    const [download] = capture.downloads;
    expect(download?.name).toBe('CSV.csv');
    const text = await blobText(download?.blob ?? new Blob());
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""clic"")"`);
    expect(text.split('\r\n')[1]).toMatch(/^Segment,Label,Customers,Currency,Revenue,/);
  });
});

describe('FileMenu: import', () => {
  it('#27 says a PNG renamed .json is not a canvas file, and changes nothing', async () => {
    openCanvas();
    const before = store().canvases;
    render(<FileMenu />);
    const dialog = await importFile(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      'photo.json',
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      "This isn't a Business Model Canvas file.",
    );
    expect(store().canvases).toBe(before);
  });

  it('#29 lists readable problems with their places, at most eight', async () => {
    openCanvas();
    const file = JSON.parse(fixtureText);
    file.canvas.segments[0].size = -3;
    file.canvas.keyPartners = Array.from({ length: 12 }, (_, i) => ({ id: `kp${i}`, text: i }));
    render(<FileMenu />);
    const dialog = await importFile(JSON.stringify(file));
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(9);
    expect(items).toContain(
      'Customer segments › segment 1 (“Vecinos del barrio 👨‍👩‍👧‍👦”) › size: is too short or too small',
    );
    expect(items).toContain('Key partners › note 1 › text: has the wrong kind of value');
    expect(items.at(-1)).toBe('…and 5 more problems.');
  });

  it('#30 says a file from a newer version needs an update, not that it is damaged', async () => {
    openCanvas();
    render(<FileMenu />);
    const dialog = await importFile(JSON.stringify({ ...JSON.parse(fixtureText), version: 42 }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'This file was made with a newer version of Vínculo.',
    );
  });

  it('#31 adds the file as a new canvas and opens it', async () => {
    const current = openCanvas();
    render(<FileMenu />);
    const dialog = await importFile(fixtureText);
    expect(dialog).toHaveTextContent(`“${fixtureName}” is ready to import.`);
    await user.click(within(dialog).getByRole('button', { name: 'Add as a new canvas' }));
    expect(store().order).toHaveLength(2);
    expect(store().canvases[store().activeId ?? '']?.name).toBe(fixtureName);
    expect(store().canvases[current]?.name).toBe('Mi lienzo actual');
  });

  it('#31 replaces the current canvas only after keeping a restorable backup of it', async () => {
    const current = openCanvas({ keyPartners: [createNote('lo que había')] });
    const before = store().canvases[current];
    render(<FileMenu />);
    const dialog = await importFile(fixtureText);
    await user.click(within(dialog).getByRole('button', { name: 'Replace “Mi lienzo actual”' }));

    expect(store().order).toEqual([current]);
    expect(store().canvases[current]?.name).toBe(fixtureName);
    const [backup] = listBackups(localStorage);
    expect(backup).toMatchObject({ kind: 'pre-import', canvasId: current, canvas: before });

    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Backups…' }));
    const backups = await screen.findByRole('dialog', { name: 'Backups in this browser' });
    await user.click(within(backups).getByRole('button', { name: 'Open as a new canvas' }));
    expect(store().canvases[store().activeId ?? '']?.keyPartners[0]?.text).toBe('lo que había');
  });

  it('#31 leaves everything untouched on cancel', async () => {
    const current = openCanvas();
    const before = store().canvases;
    render(<FileMenu />);
    const dialog = await importFile(fixtureText);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store().canvases).toBe(before);
    expect(store().activeId).toBe(current);
    expect(listBackups(localStorage)).toEqual([]);
  });

  it('#31 refuses to replace when the backup cannot be kept, and offers to add instead', async () => {
    const current = openCanvas();
    render(<FileMenu />);
    const dialog = await importFile(fixtureText);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(within(dialog).getByRole('button', { name: 'Replace “Mi lienzo actual”' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      "Couldn't keep a backup of the current canvas",
    );
    expect(store().canvases[current]?.name).toBe('Mi lienzo actual');
    expect(within(dialog).queryByRole('button', { name: /Replace/ })).toBeNull();
  });

  it('imports every canvas of a downloaded backup', async () => {
    openCanvas();
    const a = createEmptyCanvas({ name: 'Uno' });
    const b = createEmptyCanvas({ name: 'Dos' });
    render(<FileMenu />);
    const dialog = await importFile(serializeBackupFile([a, b]));
    expect(dialog).toHaveTextContent('This backup holds 2 canvases.');
    await user.click(within(dialog).getByRole('button', { name: 'Add them as new canvases' }));
    expect(
      Object.values(store().canvases)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Dos', 'Mi lienzo actual', 'Uno']);
  });
});

describe('FileMenu: share', () => {
  it('shows a link that opens this canvas', async () => {
    openCanvas({ name: 'Para compartir' });
    render(<FileMenu />);
    await user.click(screen.getByRole('button', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy share link' });
    const link = within(dialog).getByRole('textbox', { name: 'Share link' });
    expect(link).toHaveProperty('value', expect.stringMatching(/#share=[A-Za-z0-9+\-$]+$/u));
    const url = new URL(link.getAttribute('value') ?? '');
    expect(readShareFragment(url.hash)).toEqual({
      ok: true,
      canvas: store().canvases[store().activeId ?? ''],
    });
  });
});
