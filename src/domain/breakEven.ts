/**
 * Break-even with staff that grows in steps (DOMAIN.md §9.2):
 *   Margin(N)  = N × (ARPU × GM − VarPerCustomer) − Fixed − Staff(N)
 *   BreakEvenN = the smallest whole N ≥ 1 with Margin(N) ≥ 0
 *   Never      ⇔ ARPU × GM − VarPerCustomer − StaffRate ≤ 0
 * where Staff(N) counts whole people (managers, moderators, step-mode agents) at size N.
 */
import { wholeUnits } from './math';
import type { Outcome } from './outcome';
import type { BreakEvenPoint, StaffStep } from './types';

export interface BreakEvenModel {
  /** monthly: set-up ÷ A, fixed running costs, keep and grow tactics, channel cost */
  fixed: number;
  /** ARPU × GM − variable cost per customer */
  unitMargin: number;
  steps: readonly StaffStep[];
}

/** Monthly staff cost at n customers: every step type with its whole people. */
export function staffAt(steps: readonly StaffStep[], n: number): number {
  let cost = 0;
  for (const s of steps) cost += wholeUnits(n * s.peoplePerCustomer) * s.costPerPerson;
  return cost;
}

/** Staff cost per customer in the long run (m·c/a, mod·c·p/q, …). */
export function staffRate(steps: readonly StaffStep[]): number {
  let rate = 0;
  for (const s of steps) rate += s.peoplePerCustomer * s.costPerPerson;
  return rate;
}

/** The first whole customer count above n at which some step type needs one more person. */
function nextStep(steps: readonly StaffStep[], n: number): number {
  let next = Infinity;
  for (const { peoplePerCustomer: p } of steps) {
    if (p <= 0) continue;
    const people = wholeUnits(n * p);
    // wholeUnits(m × p) > people  ⇔  m > (people + tolerance) ÷ p
    next = Math.min(next, Math.max(n + 1, Math.floor((people + 1e-9) / p) + 1));
  }
  return next;
}

// Each step crossed is one turn of the search; beyond this many the figures are too extreme.
const MAX_SEARCH_STEPS = 10_000;

/**
 * The break-even size as a whole number of customers, or why there is none.
 * @example breakEvenSize({ fixed: 277.78, unitMargin: 1800, steps: [{ peoplePerCustomer: 1 / 30, costPerPerson: 9000 }] }) // 6
 */
export function breakEvenSize({ fixed, unitMargin, steps }: BreakEvenModel): Outcome {
  const slope = unitMargin - staffRate(steps);
  if (!(slope > 0)) return 'no_variable_margin';
  // Staff(N) ≥ N × StaffRate, so no N below Fixed ÷ slope can break even.
  let n = Math.max(1, Math.ceil(fixed / slope - 1e-9));
  for (let turn = 0; turn < MAX_SEARCH_STEPS && Number.isSafeInteger(n); turn++) {
    const cost = fixed + staffAt(steps, n);
    if (n * unitMargin >= cost) return n;
    // Until the next step the staff stays the same and the margin grows by unitMargin a customer.
    const needed = Math.ceil(cost / unitMargin - 1e-9);
    const next = nextStep(steps, n);
    if (needed < next) return needed;
    n = next;
  }
  return 'out_of_range';
}

// A chart cannot show more steps than this; a denser staircase is thinned (every k-th step).
const MAX_CURVE_STEPS = 500;

/**
 * Points of the break-even chart up to `upToN` customers: n = 0, each n where one more person is
 * needed (the first count that needs them, with the cost from there on), and `upToN`.
 * Spec decision: with more than 500 steps in range, every k-th step is kept, so the chart stays
 * readable; each point's figures are still exact.
 */
export function curvePoints(model: BreakEvenModel, upToN: number): BreakEvenPoint[] {
  const top = Math.max(0, Math.floor(upToN));
  const counts = new Set<number>([0, top]);
  const peopleAtTop = model.steps.map((s) => wholeUnits(top * s.peoplePerCustomer));
  const totalSteps = peopleAtTop.reduce((sum, people) => sum + people, 0);
  const stride = Math.max(1, Math.ceil(totalSteps / MAX_CURVE_STEPS));
  model.steps.forEach(({ peoplePerCustomer: p }, i) => {
    for (let person = 1; person <= (peopleAtTop[i] ?? 0); person += stride) {
      const n = Math.floor((person - 1 + 1e-9) / p) + 1;
      if (n <= top) counts.add(n);
    }
  });
  return [...counts]
    .sort((a, b) => a - b)
    .map((n) => ({
      n,
      margin: n * model.unitMargin,
      cost: model.fixed + staffAt(model.steps, n),
    }));
}
