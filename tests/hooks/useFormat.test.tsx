import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { NOT_AVAILABLE, useFormat } from '@/hooks/useFormat';
import { i18next } from '@/i18n/config';

describe('useFormat', () => {
  it('should format money, percentages and decimals in the interface language', async () => {
    const { result, rerender } = renderHook(() => useFormat());
    expect(result.current.money(1250, 'EUR')).toBe('€1,250');
    expect(result.current.money(12.5, 'USD')).toBe('$12.50');
    expect(result.current.percent(0.125)).toBe('12.5%');
    expect(result.current.decimal(3.14159)).toBe('3.14');
    await act(() => i18next.changeLanguage('es'));
    rerender();
    expect(result.current.money(1250, 'EUR')).toMatch(/^1250\s€$/);
    expect(result.current.decimal(3.14159)).toBe('3,14');
    await act(() => i18next.changeLanguage('en'));
  });

  it('should show a dash for results the domain could not compute', () => {
    const { result } = renderHook(() => useFormat());
    expect(result.current.money(null, 'EUR')).toBe(NOT_AVAILABLE);
    expect(result.current.percent(Number.NaN)).toBe(NOT_AVAILABLE);
  });
});
