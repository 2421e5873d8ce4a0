import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';

import { boundedDecompress } from '@/features/exchange/shareLink/boundedDecompress';

import { lzBomb, lzBombLength } from '../../../support/lzBomb';

const URI_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ %';

/** What lz-string itself makes of a payload, with its failures (null, "", a throw) as null. */
function lzString(payload: string): string | null {
  try {
    return decompressFromEncodedURIComponent(payload) || null;
  } catch {
    return null;
  }
}

describe('boundedDecompress', () => {
  it('should read back whatever lz-string compressed, in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const payload = compressToEncodedURIComponent(text);
        expect(boundedDecompress(payload, 10_000)).toBe(text === '' ? null : text);
      }),
    );
  });

  it('should read damaged or made-up payloads exactly as lz-string does', () => {
    const made = fc.string({ unit: fc.constantFrom(...URI_CHARS), maxLength: 60 });
    const cut = fc.tuple(fc.string({ maxLength: 200 }), fc.nat()).map(([text, n]) => {
      const payload = compressToEncodedURIComponent(text);
      return payload.slice(0, n % (payload.length + 1));
    });
    fc.assert(
      fc.property(fc.oneof(made, cut), (payload) => {
        // One difference on purpose: a payload whose first code is 3 (no compressor writes one)
        // makes lz-string start from `undefined` and go on; here it is simply damaged.
        const firstCode = (URI_CHARS.indexOf(payload.replaceAll(' ', '+').charAt(0)) >> 4) & 3;
        const expected = firstCode === 3 ? null : lzString(payload);
        expect(boundedDecompress(payload, 1_000_000)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('should unpack a small bomb like lz-string, and stop a big one at the limit', () => {
    expect(lzString(lzBomb(50))).toBe('a'.repeat(lzBombLength(50)));
    expect(boundedDecompress(lzBomb(50), lzBombLength(50))).toBe('a'.repeat(lzBombLength(50)));
    expect(boundedDecompress(lzBomb(50), lzBombLength(50) - 1)).toBe('too_large');
    // ~300 kB of link, ~5 billion characters unpacked: refused after the first 5 million
    const bomb = lzBomb(100_000);
    expect(lzBombLength(100_000)).toBeGreaterThan(5e9);
    expect(boundedDecompress(bomb, 5 * 1024 * 1024)).toBe('too_large');
  });
});
