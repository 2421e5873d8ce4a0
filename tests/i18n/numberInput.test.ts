import { describe, expect, it } from 'vitest';

import { parseLocaleNumber } from '@/components/fields/parseNumber';

describe('numbers typed in the interface language', () => {
  it('should read Spanish grouping and decimals', () => {
    expect(parseLocaleNumber('1.250', 'es')).toBe(1250);
    expect(parseLocaleNumber('12,5', 'es')).toBe(12.5);
    expect(parseLocaleNumber('1.250,75', 'es')).toBe(1250.75);
  });

  it('should read English grouping and decimals', () => {
    expect(parseLocaleNumber('1,250', 'en')).toBe(1250);
    expect(parseLocaleNumber('12.5', 'en')).toBe(12.5);
    expect(parseLocaleNumber('1,250.75', 'en')).toBe(1250.75);
  });

  it("should take a new language's separators from Intl, not from a list of languages", () => {
    // Portuguese and German group with a dot, like Spanish
    expect(parseLocaleNumber('1.250', 'pt')).toBe(1250);
    expect(parseLocaleNumber('1.250', 'de')).toBe(1250);
    expect(parseLocaleNumber('1,250', 'pt')).toBe(1.25);
  });
});
