import { describe, expect, it } from 'vitest';

import { safeFileName } from '@/features/exchange/image/fileName';

const day = new Date(2026, 10, 23, 23, 30); // local time, late in the day

describe('safeFileName', () => {
  it('should keep letters and digits, drop accents and join words with hyphens', () => {
    expect(safeFileName('Café de la Esquiña: Plan 2!', day, 'png')).toBe(
      'cafe-de-la-esquina-plan-2-2026-11-23.png',
    );
  });

  it('should strip characters that are reserved on some file systems', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', day, 'png')).toBe(
      'a-b-c-d-e-f-g-h-i-j-2026-11-23.png',
    );
  });

  it('should fall back to a generic name when nothing usable is left', () => {
    expect(safeFileName('  ¿¡!?  ', day, 'png')).toBe('canvas-2026-11-23.png');
    expect(safeFileName('日本語', day, 'png')).toBe('canvas-2026-11-23.png');
  });

  it('should keep names short and never end the stem with a hyphen', () => {
    const name = safeFileName(`${'word '.repeat(30)}end`, day, 'png');
    const stem = name.replace(/-2026-11-23\.png$/, '');
    expect(stem.length).toBeLessThanOrEqual(60);
    expect(stem.endsWith('-')).toBe(false);
  });
});
