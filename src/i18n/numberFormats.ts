import { minorUnitDigits, roundFigure } from '@/domain';

/**
 * Shared Intl formatters, one per locale and options. Building an Intl.NumberFormat costs tens
 * of microseconds, and a canvas with hundreds of segments formats thousands of figures per render.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.ListFormat>(key: string, create: () => F): F {
  let format = formats.get(key);
  if (!format) {
    format = create();
    formats.set(key, format);
  }
  return format as F;
}

/** Money in `currency` with exactly `digits` decimals; -1: the currency's own minor unit. */
export const moneyFormat = (locale: string | undefined, currency: string, digits: number) =>
  cached(`money|${locale}|${currency}|${digits}`, () =>
    digits < 0
      ? new Intl.NumberFormat(locale, { style: 'currency', currency })
      : new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
  );

/** A ratio 0..1 as a percentage with at most one decimal. */
export const percentFormat = (locale: string | undefined) =>
  cached(
    `percent|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  );

export const decimalFormat = (locale: string | undefined, maximumFractionDigits: number) =>
  cached(
    `decimal|${locale}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  );

export const conjunctionFormat = (locale: string | undefined) =>
  cached(
    `and|${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );

/**
 * A money figure as every screen, slide, page and locale string shows it: the domain's one
 * rounding rule (§9.8, roundFigure), whole units from 100 up, the currency's minor unit below.
 */
export function formatMoney(locale: string | undefined, currency: string, value: number): string {
  const rounded = roundFigure('money', value, currency);
  const digits = Math.abs(rounded) >= 100 ? 0 : minorUnitDigits(currency);
  return moneyFormat(locale, currency, digits).format(rounded);
}
