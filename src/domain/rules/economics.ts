/**
 * CR23–CR28: the segment's unit economics (§2.4) against the targets in the rule settings.
 *
 * Spec decision: a figure the economics report as null (no customers yet, no revenue, no CAC)
 * gives no verdict; only the reasons §3 names fire (m ≤ 0 for CR26, no variable margin for CR27).
 * Spec decision: findings about what relationships cost (CR23, CR24, CR27) list the segment's
 * relationships; those about acquisition and expectations (CR25, CR26, CR28) list the segment.
 */
import { relationshipCost } from '../costs';
import { DEFAULT_FACETS } from '../factories';
import { RELATIONSHIP_TYPES, type RelationshipAssignment, type RelationshipType } from '../schema';
import type { RuleId } from './catalog';
import type { RelationshipCostBreakdown } from '../types';
import { hitsFor, type Hit, type RuleCheck, type RuleContext, type SegmentView } from './context';

// module level: an arrow written inside a check was a new function object per finding
const relationshipIdOf = (b: RelationshipCostBreakdown) => b.relationshipId;

/** CR23: relationships cost more than the segment's margin can carry. */
function costExceedsRevenue({ economics }: SegmentView) {
  const contribution = economics?.contributionPerCustomer ?? null;
  if (!economics || contribution === null || economics.revenue === null) return null;
  if (economics.relationshipCost <= economics.revenue && contribution > 0) return null;
  return {
    entityIds: economics.breakdown.map(relationshipIdOf),
    values: { contribution, cost: economics.relationshipCost, revenue: economics.revenue },
  };
}

/** CR24: relationships take more of the segment's revenue than the cap allows. */
function costShareHigh({ economics }: SegmentView, ctx: RuleContext) {
  const max = ctx.thresholds.maxCostShare;
  if (!economics || economics.costShare === null || economics.costShare <= max) return null;
  return {
    entityIds: economics.breakdown.map(relationshipIdOf),
    values: { share: economics.costShare, max },
  };
}

/** CR25: LTV:CAC below the target is a warning; below 1 each customer loses money (error). */
function ltvCacLow({ segment, economics }: SegmentView, ctx: RuleContext) {
  const ratio = economics?.ltvToCac ?? null;
  const target = ctx.thresholds.ltvCacTarget;
  if (ratio === null || ratio >= target) return null;
  const entityIds = [segment.id];
  const values = { ratio, target };
  // literals, not a spread of the warning: spreading an object holding fractions is slow in V8
  return ratio < 1
    ? { entityIds, values, severity: 'error' as const, keys: { message: 'messageError' } }
    : { entityIds, values };
}

/** CR26: the acquisition cost takes too long to earn back, or never comes back (m ≤ 0). */
function paybackLong({ segment, economics }: SegmentView, ctx: RuleContext): Hit | null {
  const contribution = economics?.contributionPerCustomer ?? null;
  if (contribution === null) return null;
  const max = ctx.thresholds.paybackMaxMonths;
  if (contribution <= 0) {
    return {
      entityIds: [segment.id],
      values: { contribution, max },
      keys: { message: 'messageNever' },
    };
  }
  const months = economics?.paybackMonths ?? null;
  if (months === null || months <= max) return null;
  return { entityIds: [segment.id], values: { months, max } };
}

/** CR27: too few customers share the fixed cost of the relationships (platforms, automation). */
function belowBreakEvenSize({ segment, economics }: SegmentView): Hit | null {
  // Spec decision: a size of 0 means "not entered yet"; the segment is not judged.
  if (!economics || segment.size === 0) return null;
  const relationshipIds = () => economics.breakdown.map(relationshipIdOf);
  if (economics.nullReasons.breakEvenSize === 'no_variable_margin') {
    return {
      entityIds: relationshipIds(),
      values: { size: segment.size },
      keys: { message: 'messageNever' },
    };
  }
  const breakEven = economics.breakEvenSize;
  if (breakEven === null || segment.size >= breakEven) return null;
  // customers come whole, so the size to reach is rounded up
  return {
    entityIds: relationshipIds(),
    values: { size: segment.size, breakEven: Math.ceil(breakEven) },
  };
}

/** The assignment the segment expects: type defaults, serving every customer (coverage 1). */
function expectedAssignment(segmentId: string, type: RelationshipType): RelationshipAssignment {
  return {
    id: `${segmentId}:expected:${type}`,
    segmentId,
    type,
    purposes: [],
    status: 'planned',
    facets: { ...DEFAULT_FACETS[type] },
    coverage: 1,
    channelIds: [],
  };
}

function unaffordable(type: RelationshipType, view: SegmentView) {
  // checked by expectationUnaffordable before it asks
  const budget = view.economics?.relationshipBudget ?? 0;
  // relationshipCost is computeRelationshipCost on the context already built for this run
  const cost = relationshipCost(view, expectedAssignment(view.segment.id, type)).perCustomer;
  if (cost === null || cost <= budget) return null;
  const entityIds = [view.segment.id];
  const values = { type, cost, budget };
  // a budget at or below zero is not an amount to compare with, it is the absence of one
  return budget > 0
    ? { entityIds, values }
    : { entityIds, values, keys: { message: 'messageNoBudget' } };
}

/** CR28: an expected type costs more per customer than the relationship budget allows. */
function expectationUnaffordable(view: SegmentView, ctx: RuleContext) {
  const budget = view.economics?.relationshipBudget ?? null;
  if (budget === null || view.segment.expectedRelationships.length === 0) return null;
  // canonical type order, each expected type once
  const expected = RELATIONSHIP_TYPES.filter((t) => view.segment.expectedRelationships.includes(t));
  return hitsFor(expected, view, ctx, unaffordable);
}

export const economicsRules = {
  CR23: { scope: 'segment', check: costExceedsRevenue },
  CR24: { scope: 'segment', check: costShareHigh },
  CR25: { scope: 'segment', check: ltvCacLow },
  CR26: { scope: 'segment', check: paybackLong },
  CR27: { scope: 'segment', check: belowBreakEvenSize },
  CR28: { scope: 'segment', check: expectationUnaffordable },
} satisfies Partial<Record<RuleId, RuleCheck>>;
