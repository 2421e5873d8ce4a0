import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { decimalFormat, moneyFormat, percentFormat } from '@/i18n/numberFormats';

/** Shown where a domain result is null (not computable), instead of a misleading zero. */
export const NOT_AVAILABLE = '—';

type Num = number | null | undefined;

function make(language: string) {
  const guard = (value: Num, format: (n: number) => string) =>
    typeof value === 'number' && Number.isFinite(value) ? format(value) : NOT_AVAILABLE;
  return {
    /** Money in `currency`; whole units from 100 up, cents below, as the `money` formatter in locale strings. */
    money: (value: Num, currency: string) =>
      guard(value, (n) => moneyFormat(language, currency, Math.abs(n) >= 100 ? 0 : 2).format(n)),
    /** A ratio 0..1 as a percentage. */
    percent: (value: Num) => guard(value, (n) => percentFormat(language).format(n)),
    decimal: (value: Num, maximumFractionDigits = 2) =>
      guard(value, (n) => decimalFormat(language, maximumFractionDigits).format(n)),
  };
}

export type Format = ReturnType<typeof make>;

/** Number formatting in the interface language (the same rules as the i18n formatters). */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => make(language), [language]);
}
