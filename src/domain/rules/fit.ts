/**
 * CR17–CR22: does each relationship type fit the segment? Expectations against what is offered,
 * dedicated assistance on a mass market, human-only service at scale, co-creation and
 * communities, automation with no person behind it.
 */
import { CORE_CONTRIBUTOR_SHARE, TOUCH_BY_TYPE } from '../defaults';
import {
  LIMITS,
  RELATIONSHIP_TYPES,
  type RelationshipAssignment,
  type RelationshipType,
} from '../schema';
import type { RuleId } from './catalog';
import { resolveParams } from '../params';
import { hitsFor, type RuleCheck, type RuleContext, type SegmentView } from './context';
import { COLLECTIVE_TYPES, HUMAN_TYPES, isDigital } from './traits';

const AUTOMATED_TYPES: readonly RelationshipType[] = ['self_service', 'automated_services'];

/** Distinct types in canonical order, as the comma-joined enum ids the locale lists expect. */
function typeList(types: Iterable<RelationshipType>) {
  const present = new Set(types);
  return RELATIONSHIP_TYPES.filter((t) => present.has(t));
}

const touches = (types: readonly RelationshipType[]) => types.map((t) => TOUCH_BY_TYPE[t]);

/** CR17: under-serving (warning) risks churn; over-serving by two levels (hint) wastes money. */
function expectationMismatch({ segment, relationships }: SegmentView) {
  // Spec decision: no verdict without both sides; CR03 and CR01 ask for the missing one.
  if (segment.expectedRelationships.length === 0 || relationships.length === 0) return null;
  const expected = typeList(segment.expectedRelationships);
  // Spec decision: planned relationships count as offered; the canvas is a design, not a record.
  const assigned = typeList(relationships.map((r) => r.type));
  const maxExpected = Math.max(...touches(expected));
  const missingCollective = expected.filter(
    (t) => COLLECTIVE_TYPES.includes(t) && !assigned.includes(t),
  );
  const entityIds = [segment.id, ...relationships.map((r) => r.id)];
  const values = { expected: expected.join(','), assigned: assigned.join(',') };
  // Spec decision: when both hold (e.g. dedicated offered, a community expected), under-serving wins.
  if (Math.max(...touches(assigned)) < maxExpected || missingCollective.length > 0) {
    return { entityIds, values };
  }
  if (Math.min(...touches(assigned)) >= maxExpected + 2) {
    return {
      entityIds,
      values,
      severity: 'hint' as const,
      keys: {
        message: 'messageOver',
        explanation: 'explanationOver',
        suggestion: 'suggestionOver',
      },
    };
  }
  return null;
}

function dedicatedMisfit(
  r: RelationshipAssignment,
  { segment, economics, settings }: SegmentView,
  ctx: RuleContext,
) {
  if (r.type !== 'dedicated_personal_assistance' || r.coverage < 0.5) return null;
  // Spec decision: the margin uses ARPU net of partner margins when the economics know it (§8.4).
  const arpu = economics.revenuePerCustomer ?? 0;
  const margin = arpu * segment.grossMargin;
  const p = resolveParams(settings, r.type, r.params);
  // the schema keeps accountsPerManager > 0
  const perCustomer = p.managerMonthlyCost / p.accountsPerManager;
  const served = segment.size * r.coverage;
  const misfit =
    segment.marketType === 'mass' ||
    served > ctx.thresholds.dedicatedMaxServed ||
    perCustomer > 0.5 * margin;
  return misfit
    ? { entityIds: [r.id], values: { served, perCustomer, coverage: r.coverage } }
    : null;
}

/** CR18: one manager per few dozen accounts only pays off for key accounts. */
function dedicatedForMassMarket(view: SegmentView, ctx: RuleContext) {
  return hitsFor(view.relationships, (r) => dedicatedMisfit(r, view, ctx));
}

/** CR19: service that only people give grows in step with customers. */
function personalOnlyAtScale({ segment, relationships }: SegmentView, ctx: RuleContext) {
  if (relationships.length === 0 || segment.size < ctx.thresholds.personalOnlyMaxN) return null;
  if (!relationships.every((r) => HUMAN_TYPES.includes(r.type))) return null;
  return { entityIds: relationships.map((r) => r.id), values: { size: segment.size } };
}

/** CR20: co-creation needs a community that proposes, votes and reviews. */
function coCreationWithoutCommunity({ relationships, channels }: SegmentView) {
  if (relationships.some((r) => r.type === 'communities')) return null;
  const coCreation = relationships.filter((r) => r.type === 'co_creation');
  if (coCreation.length === 0) return null;
  return {
    entityIds: coCreation.map((r) => r.id),
    ...(!channels.some(isDigital) && { keys: { message: 'messageNoDigital' } }),
  };
}

function tooFewContributors(
  r: RelationshipAssignment,
  { segment, settings }: SegmentView,
  ctx: RuleContext,
) {
  if (r.type !== 'communities' || r.coverage === 0) return null;
  // Spec decision: a minimum set on the relationship (or its type defaults) beats the rule setting.
  const minimum =
    resolveParams(settings, r.type, r.params).minCoreContributors ??
    ctx.thresholds.minCoreContributors;
  const coreContributors = segment.size * r.coverage * CORE_CONTRIBUTOR_SHARE;
  if (coreContributors >= minimum) return null;
  // capped at the largest size the schema accepts, so a near-zero coverage stays finite
  const sizeNeeded = Math.min(
    Math.ceil(minimum / CORE_CONTRIBUTOR_SHARE / r.coverage),
    LIMITS.maxSize,
  );
  return { entityIds: [r.id], values: { coreContributors, minimum, sizeNeeded } };
}

/** CR21: about 1 % of members do most of the work (90-9-1); too few of them and nothing happens. */
function communityTooSmall(view: SegmentView, ctx: RuleContext) {
  // Spec decision: a size of 0 means "not entered yet", and a community with coverage 0 serves
  // nobody; neither is judged.
  if (view.segment.size === 0) return null;
  return hitsFor(view.relationships, (r) => tooFewContributors(r, view, ctx));
}

/** CR22: self-service fully solves few issues, so valuable or demanding customers need a person. */
function automationWithoutHumanFallback({ segment, relationships }: SegmentView, ctx: RuleContext) {
  if (relationships.length === 0) return null;
  if (!relationships.every((r) => AUTOMATED_TYPES.includes(r.type))) return null;
  // Spec decision: value is judged on the price the customer pays (gross ARPU), not net of partners.
  const highValue = (segment.monthlyRevenuePerCustomer ?? 0) >= ctx.thresholds.highValueArpu;
  const expectsPerson = segment.expectedRelationships.some((t) => HUMAN_TYPES.includes(t));
  if (!highValue && !expectsPerson) return null;
  return { entityIds: relationships.map((r) => r.id) };
}

export const fitRules = {
  CR17: { scope: 'segment', check: expectationMismatch },
  CR18: { scope: 'segment', check: dedicatedForMassMarket },
  CR19: { scope: 'segment', check: personalOnlyAtScale },
  CR20: { scope: 'segment', check: coCreationWithoutCommunity },
  CR21: { scope: 'segment', check: communityTooSmall },
  CR22: { scope: 'segment', check: automationWithoutHumanFallback },
} satisfies Partial<Record<RuleId, RuleCheck>>;
