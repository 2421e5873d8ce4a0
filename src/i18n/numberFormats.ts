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
 * A money figure as every screen, slide, page and locale string shows it, by §9.8's one rule
 * (the domain's roundFigure('money'), which a test keeps this equal to): whole units from 100
 * up, the currency's minor unit below, halves away from zero. Spec decision: written with Intl
 * alone, so the first screen's i18n code does not pull the domain into a chunk of its own.
 */
export function formatMoney(locale: string | undefined, currency: string, value: number): string {
  const minor = moneyFormat('en', currency, -1).resolvedOptions().maximumFractionDigits ?? 2;
  // a figure that rounds up to 100 (99.996 → 100.00) is shown as a whole 100
  const factor = 10 ** minor;
  const atMinor = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  const digits = Math.abs(atMinor) >= 100 ? 0 : minor;
  return moneyFormat(locale, currency, digits).format(value);
}
