import { describe, expect, it } from 'vitest';

import { decimalFormat, moneyFormat, percentFormat, wholeUpFormat } from '@/i18n/numberFormats';

describe('shared number formats', () => {
  it('should build one formatter per locale and options, and reuse it', () => {
    expect(moneyFormat('es', 'EUR', 0)).toBe(moneyFormat('es', 'EUR', 0));
    expect(moneyFormat('es', 'EUR', 0)).not.toBe(moneyFormat('es', 'USD', 0));
    expect(moneyFormat('es', 'EUR', 0)).not.toBe(moneyFormat('es', 'EUR', 2));
    expect(decimalFormat('en', 1)).not.toBe(decimalFormat('en', 2));
  });

  it('should format with the requested options', () => {
    expect(moneyFormat('en', 'USD', 2).format(12.5)).toBe('$12.50');
    expect(percentFormat('en').format(0.1234)).toBe('12.3%');
    expect(decimalFormat('en', 1).format(2.25)).toBe('2.3');
    expect(wholeUpFormat('en').format(166.2)).toBe('167');
  });
});
