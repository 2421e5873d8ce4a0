import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';

import { createEmptyCanvas, createNote, serializeCanvasFile } from '@/domain';
import {
  createShareLink,
  MAX_SHARE_URL_LENGTH,
  readShareFragment,
} from '@/features/exchange/shareLink/shareLink';

import { lzBomb } from '../../../support/lzBomb';

const BASE = 'http://localhost:5173/app?x=1#old';

describe('share links', () => {
  it('puts the whole canvas in the fragment and reads it back identical', () => {
    const canvas = {
      ...createEmptyCanvas({ name: 'Compartido «👩🏽‍💻» שלום' }),
      keyPartners: [createNote('Línea 1\nLínea 2\t"citas"')],
    };
    const link = createShareLink(canvas, BASE);
    if (!link.ok) throw new Error('expected a link');
    expect(link.url.startsWith('http://localhost:5173/app?x=1#share=')).toBe(true);
    expect(readShareFragment(new URL(link.url).hash)).toEqual({ ok: true, canvas });
  });

  it('refuses to make a link longer than browsers and chat apps keep', () => {
    // Random-ish text compresses badly, like real prose in bulk.
    const text = Array.from({ length: 3900 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    const canvas = {
      ...createEmptyCanvas(),
      keyPartners: Array.from({ length: 20 }, () => createNote(text)),
    };
    const link = createShareLink(canvas, BASE);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.length).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('tells a damaged link from a newer one, and ignores other fragments', () => {
    const link = createShareLink(createEmptyCanvas(), BASE);
    if (!link.ok) throw new Error('expected a link');
    const hash = new URL(link.url).hash;
    expect(readShareFragment(hash.slice(0, hash.length / 2))).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(readShareFragment('#share=')).toEqual({ ok: false, reason: 'damaged' });
    expect(readShareFragment('#share=%%%not-lz')).toEqual({ ok: false, reason: 'damaged' });
    const newer = JSON.stringify({
      ...JSON.parse(serializeCanvasFile(createEmptyCanvas())),
      version: 999,
    });
    expect(readShareFragment(`#share=${compressToEncodedURIComponent(newer)}`)).toEqual({
      ok: false,
      reason: 'newer',
    });
    expect(readShareFragment('#main')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  it('refuses a link that would unpack past the largest file the app opens', () => {
    // ~860,000 characters, under the 2,000,000 a link may have; billions once unpacked
    const bomb = lzBomb(300_000);
    expect(bomb.length).toBeGreaterThan(800_000);
    expect(readShareFragment(`#share=${bomb}`)).toEqual({ ok: false, reason: 'too_large' });
  });
});
