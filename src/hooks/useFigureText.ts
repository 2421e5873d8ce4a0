import { useTranslation } from '@/i18n/useTranslation';

import type { SegmentEconomics } from '@/domain';
import { NOT_AVAILABLE, useFormat } from '@/hooks/useFormat';

type FigureFormat = 'moneyPerMonth' | 'money' | 'percent' | 'ratio' | 'months' | 'customers';

/** The segment figures on the economics slide, the printed economics page and the CSV, in order. */
export const ECONOMICS_FIGURES = [
  { key: 'revenue', format: 'moneyPerMonth' },
  { key: 'relationshipCost', format: 'moneyPerMonth' },
  { key: 'costShare', format: 'percent' },
  { key: 'costPerCustomer', format: 'moneyPerMonth' },
  { key: 'relationshipBudget', format: 'moneyPerMonth' },
  { key: 'channelCost', format: 'moneyPerMonth' },
  { key: 'contributionPerCustomer', format: 'moneyPerMonth' },
  { key: 'ltv', format: 'money' },
  { key: 'ltvWithGrowth', format: 'money' },
  { key: 'ltvDiscounted', format: 'money' },
  { key: 'cac', format: 'money' },
  { key: 'ltvToCac', format: 'ratio' },
  { key: 'paybackMonths', format: 'months' },
  { key: 'breakEvenSize', format: 'customers' },
] as const satisfies readonly { key: keyof SegmentEconomics; format: FigureFormat }[];

export type EconomicsFigure = (typeof ECONOMICS_FIGURES)[number];

export type FigureText = { label: string; value: string; reason: string | null };

/**
 * Labels and formatted values of the domain's figures; nothing is computed here.
 * A figure the domain could not compute shows a dash (or "Never") and the domain's reason.
 */
export function useFigureText(currency: string) {
  const { t } = useTranslation();
  const format = useFormat();
  return (figure: EconomicsFigure, economics: SegmentEconomics): FigureText => {
    const label = t(`domain:metrics.${figure.key}`);
    const raw = economics[figure.key];
    if (raw === null) {
      const why = economics.nullReasons[figure.key];
      // a break-even that is never reached reads "Never", as on the economics card (§9.2)
      const value =
        why === 'no_variable_margin' ? t('numbers:economics.breakEvenNever') : NOT_AVAILABLE;
      return { label, value, reason: why ? t(`domain:nullReasons.${why}`) : null };
    }
    const value = (() => {
      switch (figure.format) {
        case 'moneyPerMonth':
          return format.perMonth(raw, currency);
        case 'money':
          return format.money(raw, currency);
        case 'percent':
          return format.percent(raw);
        case 'ratio':
          return format.ratio(raw);
        case 'months':
          return format.months(raw);
        case 'customers':
          return format.customers(raw);
      }
    })();
    return { label, value, reason: null };
  };
}
