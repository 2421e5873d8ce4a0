import { describe, expect, it } from 'vitest';

import { safeFileName } from '@/lib/fileName';

describe('safeFileName', () => {
  it('replaces reserved and control characters, keeping letters of any script', () => {
    expect(safeFileName('Plan: "A/B" <v2>|?*', '.csv', 'canvas')).toBe('Plan A B v2.csv');
    expect(safeFileName('Línea\u0000uno\nדוגמה 日本', '.json', 'canvas')).toBe(
      'Línea uno דוגמה 日本.json',
    );
    expect(safeFileName('Familia 👨‍👩‍👧', '.json', 'canvas')).toBe('Familia 👨👩👧.json');
  });

  it('drops bidi overrides that could disguise the extension, other invisible characters and lone surrogates', () => {
    expect(safeFileName('invoice\u202Egpj.exe', '.json', 'canvas')).toBe('invoicegpj.exe.json');
    expect(safeFileName('a\uD800b', '.json', 'canvas')).toBe('ab.json');
  });

  it('falls back when nothing usable is left, or the name is a Windows device', () => {
    expect(safeFileName('  ...  ', '.json', 'canvas')).toBe('canvas.json');
    expect(safeFileName('', '.json', 'canvas')).toBe('canvas.json');
    expect(safeFileName('CON', '.json', 'canvas')).toBe('canvas.json');
    expect(safeFileName('lpt1.txt', '.json', 'canvas')).toBe('canvas.json');
  });

  it('limits the length without splitting an emoji', () => {
    const name = safeFileName('🥖'.repeat(200), '.json', 'canvas');
    expect(Array.from(name.replace('.json', ''))).toHaveLength(80);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });
});
