/**
 * CR23–CR28: the segment's unit economics (§2.4) against the targets in the rule settings.
 *
 * Spec decision: a figure the economics report as null (no customers yet, no CAC) gives no
 * verdict; only the reasons §3 names fire (m ≤ 0 for CR26, no variable margin for CR27), and
 * a segment whose revenue is not entered yet is not judged at all (§9.5).
 * Spec decision: findings about what relationships cost (CR23, CR24, CR27) list the segment's
 * relationships; those about acquisition and expectations (CR25, CR26, CR28) list the segment.
 */
import { relationshipCost } from '../costs';
import { createRelationship } from '../factories';
import { divide } from '../math';
import { RELATIONSHIP_TYPES, type RelationshipAssignment, type RelationshipType } from '../schema';
import type { SegmentEconomics } from '../types';
import type { RuleId } from './catalog';
import { hitsFor, type Hit, type RuleCheck, type RuleContext, type SegmentView } from './context';

const relationshipIds = (economics: SegmentEconomics) =>
  economics.breakdown.map((b) => b.relationshipId);

/** The economics to judge: none while the revenue per customer is not entered (§9.5). */
const judged = ({ economics }: SegmentView) => (economics.revenue === null ? null : economics);

/** CR23: relationships cost more than the segment's margin can carry. */
function costExceedsRevenue(view: SegmentView): Hit | null {
  const economics = judged(view);
  const contribution = economics?.contributionPerCustomer ?? null;
  if (!economics || economics.revenue === null || contribution === null) return null;
  if (economics.relationshipCost <= economics.revenue && contribution > 0) return null;
  return {
    entityIds: relationshipIds(economics),
    values: { contribution, cost: economics.relationshipCost, revenue: economics.revenue },
  };
}

/** CR24: relationships take more of the segment's revenue than the cap allows. */
function costShareHigh(view: SegmentView, ctx: RuleContext): Hit | null {
  const economics = judged(view);
  const max = ctx.thresholds.maxCostShare;
  if (!economics || economics.costShare === null || economics.costShare <= max) return null;
  return { entityIds: relationshipIds(economics), values: { share: economics.costShare, max } };
}

/**
 * CR25: LTV:CAC below the target is a warning; below 1 each customer loses money (error), and
 * a negative LTV is no ratio at all: the segment loses money on every customer (§9.8).
 */
function ltvCacLow(view: SegmentView, ctx: RuleContext): Hit | null {
  const economics = judged(view);
  if (!economics) return null;
  const entityIds = [view.segment.id];
  const target = ctx.thresholds.ltvCacTarget;
  if (economics.nullReasons.ltvToCac === 'loses_money_per_customer') {
    return {
      entityIds,
      values: { ltv: economics.ltv ?? 0, target },
      severity: 'error',
      keys: { message: 'messageLosesMoney' },
    };
  }
  const ratio = economics.ltvToCac;
  if (ratio === null || ratio >= target) return null;
  const values = { ratio, target };
  return ratio < 1
    ? { entityIds, values, severity: 'error', keys: { message: 'messageError' } }
    : { entityIds, values };
}

/** CR26: the acquisition cost takes too long to earn back, or never comes back (m ≤ 0). */
function paybackLong(view: SegmentView, ctx: RuleContext): Hit | null {
  const economics = judged(view);
  const contribution = economics?.contributionPerCustomer ?? null;
  if (contribution === null) return null;
  const max = ctx.thresholds.paybackMaxMonths;
  const entityIds = [view.segment.id];
  if (contribution <= 0) {
    return { entityIds, values: { contribution, max }, keys: { message: 'messageNever' } };
  }
  const months = economics?.paybackMonths ?? null;
  if (months === null || months <= max) return null;
  return { entityIds, values: { months, max } };
}

/** CR27: too few customers share the fixed cost and the staff steps of the relationships (§9.2). */
function belowBreakEvenSize(view: SegmentView): Hit | null {
  const economics = judged(view);
  const { size } = view.segment;
  // Spec decision: a size of 0 means "not entered yet"; the segment is not judged.
  if (!economics || size === 0) return null;
  if (economics.nullReasons.breakEvenSize === 'no_variable_margin') {
    return {
      entityIds: relationshipIds(economics),
      values: { size },
      keys: { message: 'messageNever' },
    };
  }
  const breakEven = economics.breakEvenSize;
  if (breakEven === null || size >= breakEven) return null;
  return { entityIds: relationshipIds(economics), values: { size, breakEven } };
}

/** The assignment the segment would add: canvas defaults, serving every customer (coverage 1). */
function expectedAssignment(segmentId: string, type: RelationshipType): RelationshipAssignment {
  return createRelationship(segmentId, type, `${segmentId}:expected:${type}`);
}

/**
 * What one customer served by `type` costs a month, as the user sees it (§9.6): the breakdown's
 * per-customer figure when the segment has that type; else the cost of adding it.
 */
function perCustomerCost(view: SegmentView, type: RelationshipType): number | null {
  const assigned = view.economics.breakdown.find((b) => b.type === type);
  if (assigned) return assigned.perCustomer;
  const revenuePerCustomer = view.economics.revenuePerCustomer ?? 0;
  const added = relationshipCost(
    view,
    expectedAssignment(view.segment.id, type),
    revenuePerCustomer,
  );
  return divide(added.total, view.segment.size);
}

/** CR28: an expected type costs more per customer than the relationship budget allows. */
function expectationUnaffordable(view: SegmentView): Hit[] | null {
  const budget = judged(view)?.relationshipBudget ?? null;
  if (budget === null) return null;
  // canonical type order, each expected type once
  const expected = RELATIONSHIP_TYPES.filter((t) => view.segment.expectedRelationships.includes(t));
  return hitsFor(expected, (type) => {
    const cost = perCustomerCost(view, type);
    if (cost === null || cost <= budget) return null;
    const entityIds = [view.segment.id];
    const values = { type, cost, budget };
    // a budget at or below zero is not an amount to compare with, it is the absence of one
    return budget > 0
      ? { entityIds, values }
      : { entityIds, values, keys: { message: 'messageNoBudget' } };
  });
}

export const economicsRules = {
  CR23: { scope: 'segment', check: costExceedsRevenue },
  CR24: { scope: 'segment', check: costShareHigh },
  CR25: { scope: 'segment', check: ltvCacLow },
  CR26: { scope: 'segment', check: paybackLong },
  CR27: { scope: 'segment', check: belowBreakEvenSize },
  CR28: { scope: 'segment', check: expectationUnaffordable },
} satisfies Partial<Record<RuleId, RuleCheck>>;
