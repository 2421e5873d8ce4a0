/**
 * The one rounding rule for every figure shown or exported (DOMAIN.md §9.8), so the same figure
 * reads the same on the board, in the results, on the slides, in print and in files:
 * - a count of customers to the nearest whole number; a threshold (break-even) rounded up, since
 *   166.2 customers are not enough and 167 are;
 * - money to the currency's minor unit under 100 and to whole units from 100;
 * - a ratio 0..1 to a tenth of a percent; months to a tenth; other decimals to a hundredth.
 * Halves round away from zero, as Intl.NumberFormat does.
 */

export type FigureKind = 'count' | 'threshold' | 'money' | 'percent' | 'months' | 'decimal';

const minorDigitsByCurrency = new Map<string, number>();

/** Digits of the currency's minor unit (EUR 2, JPY 0), as Intl knows them. */
export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      const format = new Intl.NumberFormat('en', { style: 'currency', currency });
      digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // a malformed code never reaches here from a valid canvas
    }
    minorDigitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** `value` to `digits` decimals, halves away from zero. */
function toDigits(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

// Float noise such as 167.00000000000003 must not become 168 customers.
const THRESHOLD_TOLERANCE = 1e-9;

/**
 * The figure as it is shown: `null` (no figure) and non-finite values stay as they are.
 * @example roundFigure('threshold', 166.2) // 167
 * @example roundFigure('money', 252.139, 'EUR') // 252
 * @example roundFigure('money', 5.2278, 'EUR') // 5.23
 */
export function roundFigure(kind: FigureKind, value: number, currency?: string): number;
export function roundFigure(
  kind: FigureKind,
  value: number | null,
  currency?: string,
): number | null;
export function roundFigure(kind: FigureKind, value: number | null, currency = 'EUR') {
  if (value === null || !Number.isFinite(value)) return value;
  switch (kind) {
    case 'count':
      return toDigits(value, 0);
    case 'threshold':
      return Math.ceil(value - THRESHOLD_TOLERANCE);
    case 'money':
      return Math.abs(value) >= 100
        ? toDigits(value, 0)
        : toDigits(value, minorUnitDigits(currency));
    case 'percent':
      return toDigits(value, 3);
    case 'months':
      return toDigits(value, 1);
    case 'decimal':
      return toDigits(value, 2);
  }
}
