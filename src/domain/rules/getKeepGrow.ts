/**
 * CR07–CR11 and CR29: Blank's get / keep / grow. Each stage is covered either by a relationship
 * with the matching purpose or by a tactic of that stage for the segment.
 */
import type { RelationshipPurpose, Tactic, TacticStage } from '../schema';
import type { RuleId } from './catalog';
import type { RuleCheck, SegmentView } from './context';
import { hasPurpose, isDigital } from './traits';

const ARCHETYPE_TEXTS = ['whoTheyAre', 'howTheyBuy', 'whatInterestsThem'] as const;

const hasStage = (tactics: readonly Tactic[], stage: TacticStage) =>
  tactics.some((tactic) => tactic.stage === stage);

/** Whether the stage has a relationship with its purpose or a tactic of its own. */
const covered = (view: SegmentView, purpose: RelationshipPurpose, stage: TacticStage) =>
  hasPurpose(view, purpose) || hasStage(view.tactics, stage);

/** CR07, CR08, CR09: the stage has neither a relationship with its purpose nor a tactic. */
const stageUncovered = (purpose: RelationshipPurpose, stage: TacticStage) => (view: SegmentView) =>
  covered(view, purpose, stage) ? null : { entityIds: [view.segment.id] };

/** CR10: online, acquiring visitors is not enough; some get tactic must activate them. */
function webFunnelWithoutActivation({ channels, tactics }: SegmentView) {
  const getTactics = tactics.filter((tactic) => tactic.stage === 'get');
  if (getTactics.length === 0 || getTactics.some((t) => t.funnelStep === 'activate')) return null;
  if (!channels.some(isDigital)) return null;
  return { entityIds: getTactics.map((tactic) => tactic.id) };
}

/** CR11: the archetype questions Blank asks (who, how they buy, what matters) are unanswered. */
function archetypeIncomplete({ segment }: SegmentView) {
  // Spec decision: `role` is a required enum in the schema, so only the three texts can be empty;
  // whitespace counts as empty.
  const missing = ARCHETYPE_TEXTS.filter((field) => segment.archetype[field].trim() === '');
  if (missing.length === 0) return null;
  return { entityIds: [segment.id], values: { missing: missing.join(',') } };
}

/**
 * CR29: a mature segment still only wins customers. In a saturated market the effort moves from
 * winning customers to keeping them (§9.7).
 */
function matureButAcquiring(view: SegmentView) {
  if (view.segment.lifecycle !== 'mature' || covered(view, 'retention', 'keep')) return null;
  return { entityIds: [view.segment.id] };
}

export const getKeepGrowRules = {
  CR07: { scope: 'segment', check: stageUncovered('acquisition', 'get') },
  CR08: { scope: 'segment', check: stageUncovered('retention', 'keep') },
  CR09: { scope: 'segment', check: stageUncovered('upselling', 'grow') },
  CR10: { scope: 'segment', check: webFunnelWithoutActivation },
  CR11: { scope: 'segment', check: archetypeIncomplete },
  CR29: { scope: 'segment', check: matureButAcquiring },
} satisfies Partial<Record<RuleId, RuleCheck>>;
