/**
 * Numeric guards: the domain never returns NaN or ±Infinity (an undefined figure is null).
 */

/**
 * a ÷ b, or null when b is 0 or the quotient is not a finite number.
 * @example divide(10, 4) // 2.5
 * @example divide(1, 0) // null
 */
export function divide(a: number, b: number): number | null {
  if (b === 0) return null;
  const quotient = a / b;
  return Number.isFinite(quotient) ? quotient : null;
}

// Float noise such as 100.00000000000001 ÷ 50 must not hire a third manager.
const STEP_TOLERANCE = 1e-9;

/**
 * Whole people needed for a fractional workload (step costs: ⌈x⌉).
 * @example wholeUnits(2.1) // 3
 */
export function wholeUnits(workload: number): number {
  return Math.max(0, Math.ceil(workload - STEP_TOLERANCE));
}
