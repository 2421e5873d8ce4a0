/**
 * A metric is either its value or the reason it has none, so undefined figures travel as
 * reasons instead of NaN or ±Infinity.
 */
import type { NullReason } from './types';

export type Outcome = number | NullReason;

export const isValue = (outcome: Outcome): outcome is number => typeof outcome === 'number';

/** A number that overflowed (e.g. a huge cost per customer times a lifetime) is out of range. */
export const finite = (outcome: Outcome): Outcome =>
  isValue(outcome) && !Number.isFinite(outcome) ? 'out_of_range' : outcome;

/**
 * a ÷ b, or `zeroReason` when b is 0, or 'out_of_range' when the quotient is not finite.
 * @example quotient(1, 0, 'no_customers') // 'no_customers'
 */
export function quotient(a: number, b: number, zeroReason: NullReason): Outcome {
  return b === 0 ? zeroReason : finite(a / b);
}

/** `f(a, b)` when both have a value, else the first reason. */
export function map2(a: Outcome, b: Outcome, f: (a: number, b: number) => Outcome): Outcome {
  if (!isValue(a)) return a;
  return isValue(b) ? finite(f(a, b)) : b;
}

/** The value, or null (the public shape of a metric). */
export const valueOf = (outcome: Outcome): number | null => (isValue(outcome) ? outcome : null);
