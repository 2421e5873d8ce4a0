import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { NOT_AVAILABLE, useFormat } from '@/hooks/useFormat';
import { wholeUpFormat } from '@/i18n/numberFormats';

type Num = number | null | undefined;

const finite = (value: Num): value is number => typeof value === 'number' && Number.isFinite(value);

/** The shared number formats plus the few results-only ones (months, customers, ratios). */
export function useResultFormat() {
  const format = useFormat();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      ...format,
      months: (value: Num) =>
        finite(value)
          ? t('results:value.months', { count: value, value: format.decimal(value, 1) })
          : NOT_AVAILABLE,
      /** whole customers, rounded up: a break-even size of 166.2 needs 167 customers */
      customers: (value: Num) =>
        finite(value) ? wholeUpFormat(language).format(value) : NOT_AVAILABLE,
      ratio: (value: Num) =>
        finite(value)
          ? t('results:value.ratio', { value: format.decimal(value, 1) })
          : NOT_AVAILABLE,
      perMonth: (value: Num, currency: string) =>
        finite(value)
          ? t('results:value.perMonth', { value: format.money(value, currency) })
          : NOT_AVAILABLE,
    }),
    [format, t, language],
  );
}

export type ResultFormat = ReturnType<typeof useResultFormat>;
