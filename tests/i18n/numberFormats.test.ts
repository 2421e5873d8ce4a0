import { describe, expect, it } from 'vitest';

import { decimalFormat, formatMoney, moneyFormat, percentFormat } from '@/i18n/numberFormats';

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
  });

  it("should show money by §9.8's one rule: the minor unit under 100, whole units from 100", () => {
    expect(formatMoney('en', 'EUR', 5.2278)).toBe('€5.23');
    expect(formatMoney('en', 'EUR', 252.14)).toBe('€252');
    expect(formatMoney('en', 'JPY', 5.6)).toBe('¥6');
    expect(formatMoney('en', 'EUR', -99.996)).toBe('-€100');
  });
});
