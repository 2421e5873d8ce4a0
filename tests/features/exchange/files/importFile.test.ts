import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { createEmptyCanvas, serializeCanvasFile } from '@/domain';
import {
  MAX_IMPORT_BYTES,
  parseImportText,
  readImportFile,
} from '@/features/exchange/files/importFile';
import { serializeBackupFile } from '@/persistence/backupFile';

import fixtureText from '../../../fixtures/canvas-v1.vinculo.json?raw';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('readImportFile', () => {
  it('#27 refuses a 50 MB file from its size alone, before reading it', async () => {
    class FiftyMegabytes extends Blob {
      override get size() {
        return 50 * 1024 * 1024;
      }
    }
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    expect(await readImportFile(new FiftyMegabytes(['{}']))).toMatchObject({
      ok: false,
      error: 'too_large',
    });
    expect(read).not.toHaveBeenCalled();
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
    read.mockRestore();
  });

  it.each([
    ['a PNG renamed .json', new Blob([PNG])],
    ['an empty file', new Blob([])],
    [
      'UTF-16 text with a byte order mark',
      new Blob([new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])]),
    ],
  ])('#27 says %s is not a canvas file', async (_name, blob) => {
    expect(await readImportFile(blob)).toMatchObject({ ok: false, error: 'not_canvas' });
  });

  it('reads a valid exchange file', async () => {
    const outcome = await readImportFile(new Blob([fixtureText]));
    expect(outcome).toMatchObject({ ok: true, isBackup: false, migrated: true });
    expect(outcome.ok && outcome.canvases[0]?.name).toBe('Panadería «La Espiga» 🥖');
  });
});

describe('parseImportText', () => {
  it.each([
    ['an Excalidraw drawing', JSON.stringify({ type: 'excalidraw', version: 2, elements: [] })],
    ['an empty object', '{}'],
    ['an array', '[1,2,3]'],
    ['a backup with no canvases', serializeBackupFile([])],
  ])('#28 says %s is not a canvas file', (_name, text) => {
    expect(parseImportText(text)).toMatchObject({ ok: false, error: 'not_canvas' });
  });

  it('#29 lists schema problems with their paths, and keeps the parsed file to name items', () => {
    const file = JSON.parse(fixtureText);
    file.canvas.segments[0].size = -1;
    file.canvas.keyPartners[0].text = 7;
    const outcome = parseImportText(JSON.stringify(file));
    expect(outcome).toMatchObject({
      ok: false,
      error: 'invalid',
      problems: expect.arrayContaining([
        { path: ['canvas', 'segments', 0, 'size'], code: 'too_small' },
        { path: ['canvas', 'keyPartners', 0, 'text'], code: 'invalid_type' },
      ]),
    });
    expect(!outcome.ok && outcome.root).toEqual(file);
  });

  it('#30 tells a file from a newer version apart from a damaged one', () => {
    const file = { ...JSON.parse(fixtureText), version: 999 };
    expect(parseImportText(JSON.stringify(file))).toMatchObject({ ok: false, error: 'newer' });
  });

  it('reads a backup of several canvases, and names the canvas of any problem', () => {
    const a = createEmptyCanvas({ name: 'A' });
    const b = createEmptyCanvas({ name: 'B' });
    expect(parseImportText(serializeBackupFile([a, b]))).toMatchObject({
      ok: true,
      isBackup: true,
      canvases: [a, b],
    });
    const broken = JSON.parse(serializeBackupFile([a, { ...b, currency: 'euros' }]));
    expect(parseImportText(JSON.stringify(broken))).toMatchObject({
      ok: false,
      error: 'invalid',
      problems: [{ path: ['canvases', 1, 'currency'], code: 'unknown_currency' }],
    });
  });

  it('#33 reads back exactly what export wrote', () => {
    const canvas = {
      ...createEmptyCanvas({ name: 'Ida y vuelta \uD800 👩🏽‍💻 שלום 日本語' }),
      description: 'a\tb\r\nc "d"',
    };
    expect(parseImportText(serializeCanvasFile(canvas))).toEqual({
      ok: true,
      canvases: [canvas],
      migrated: false,
      isBackup: false,
      adjustments: [],
      root: expect.objectContaining({ canvas: expect.objectContaining({ name: canvas.name }) }),
    });
  });
});

describe('hostile files (#32)', () => {
  const assertNoPoisoning = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  };

  it('#32 never throws or pollutes prototypes, whatever JSON it gets', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, asBackup) => {
        const text = JSON.stringify(
          asBackup ? { format: 'vinculo-backup', version: 1, canvases: [value] } : value,
        );
        expect(parseImportText(text).ok).toBe(false);
        assertNoPoisoning();
      }),
      { numRuns: 300 },
    );
  });

  it('#32 refuses __proto__, constructor and toString keys everywhere, without pollution', () => {
    const file = JSON.parse(fixtureText);
    const hostile =
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"toString":"x"}';
    const text = JSON.stringify(file).replace(
      '"segments":[{',
      `"segments":[{"__proto__":{"polluted":"yes"},`,
    );
    for (const candidate of [
      text,
      `{"format":"vinculo-canvas","version":1,"canvas":${hostile}}`,
      `{"format":"vinculo-backup","version":1,"canvases":[${hostile}]}`,
    ]) {
      expect(parseImportText(candidate).ok).toBe(false);
      assertNoPoisoning();
    }
  });

  it('#32 refuses deep nesting and 10k notes quickly, with a clear reason', () => {
    const started = performance.now();
    expect(parseImportText('['.repeat(10_000) + ']'.repeat(10_000))).toMatchObject({
      ok: false,
      error: 'too_deep',
    });
    const file = JSON.parse(fixtureText);
    file.canvas.keyPartners = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      text: '<img src=x onerror=alert(1)>',
    }));
    expect(parseImportText(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: 'invalid',
      problems: [{ path: ['canvas', 'keyPartners'], code: 'too_big' }],
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
