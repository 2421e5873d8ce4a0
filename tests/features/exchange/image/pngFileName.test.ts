import { describe, expect, it } from 'vitest';

import { pngFileName } from '@/features/exchange/image/exportCanvasPng';

const day = new Date(2026, 10, 23, 23, 30); // local time, late in the day

describe('pngFileName', () => {
  it('should name the image like the other exports, plus the local day', () => {
    expect(pngFileName('Café de la Esquiña: Plan 2!', 'canvas', day)).toBe(
      'Café de la Esquiña Plan 2! 2026-11-23.png',
    );
  });

  it('should strip characters that are reserved on some file systems', () => {
    expect(pngFileName('a/b\\c:d*e?f"g<h>i|j', 'canvas', day)).toBe(
      'a b c d e f g h i j 2026-11-23.png',
    );
  });

  it('should fall back to the given name when the canvas has none', () => {
    expect(pngFileName('   ', 'Sin nombre', day)).toBe('Sin nombre 2026-11-23.png');
  });

  it('should keep long names short and the day whole', () => {
    const name = pngFileName(`${'word '.repeat(30)}end`, 'canvas', day);
    expect(name).toMatch(/^word word .* 2026-11-23\.png$/);
    expect(Array.from(name).length).toBeLessThanOrEqual(80 + ' 2026-11-23.png'.length);
  });
});
