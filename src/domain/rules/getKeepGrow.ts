/**
 * CR07–CR11: Blank's get / keep / grow. Each stage is covered either by a relationship with the
 * matching purpose or by a tactic of that stage for the segment.
 */
import type { RelationshipPurpose, Tactic, TacticStage } from '../schema';
import type { RuleId } from './catalog';
import type { RuleCheck, SegmentView } from './context';
import { hasPurpose, isDigital } from './traits';

const ARCHETYPE_TEXTS = ['whoTheyAre', 'howTheyBuy', 'whatInterestsThem'] as const;

/**
 * The comma-joined list of missing archetype texts for each subset (bit i: ARCHETYPE_TEXTS[i]),
 * built once instead of a filtered array and a joined string per segment.
 */
const MISSING_LISTS = Array.from({ length: 1 << ARCHETYPE_TEXTS.length }, (_, mask) =>
  ARCHETYPE_TEXTS.filter((_field, i) => mask & (1 << i)).join(','),
);

const hasStage = (tactics: readonly Tactic[], stage: TacticStage) => {
  for (const tactic of tactics) if (tactic.stage === stage) return true;
  return false;
};

/** CR07, CR08, CR09: the stage has neither a relationship with its purpose nor a tactic. */
const stageUncovered = (purpose: RelationshipPurpose, stage: TacticStage) => (view: SegmentView) =>
  hasPurpose(view, purpose) || hasStage(view.tactics, stage)
    ? null
    : { entityIds: [view.segment.id] };

// module level: arrows written inside the check were two new function objects per finding
const isGetTactic = (tactic: Tactic) => tactic.stage === 'get';
const tacticIdOf = (tactic: Tactic) => tactic.id;

/** CR10: online, acquiring visitors is not enough; some get tactic must activate them. */
function webFunnelWithoutActivation({ channels, tactics }: SegmentView) {
  // the array of get tactics is built only for a finding
  let hasGet = false;
  for (const tactic of tactics) {
    if (tactic.stage !== 'get') continue;
    if (tactic.funnelStep === 'activate') return null;
    hasGet = true;
  }
  if (!hasGet || !channels.some(isDigital)) return null;
  return { entityIds: tactics.filter(isGetTactic).map(tacticIdOf) };
}

/** CR11: the archetype questions Blank asks (who, how they buy, what matters) are unanswered. */
function archetypeIncomplete({ segment }: SegmentView) {
  // Spec decision: `role` is a required enum in the schema, so only the three texts can be empty;
  // whitespace counts as empty.
  let mask = 0;
  let bit = 1;
  for (const field of ARCHETYPE_TEXTS) {
    if (segment.archetype[field].trim() === '') mask |= bit;
    bit <<= 1;
  }
  if (mask === 0) return null;
  return { entityIds: [segment.id], values: { missing: MISSING_LISTS[mask] ?? '' } };
}

export const getKeepGrowRules = {
  CR07: { scope: 'segment', check: stageUncovered('acquisition', 'get') },
  CR08: { scope: 'segment', check: stageUncovered('retention', 'keep') },
  CR09: { scope: 'segment', check: stageUncovered('upselling', 'grow') },
  CR10: { scope: 'segment', check: webFunnelWithoutActivation },
  CR11: { scope: 'segment', check: archetypeIncomplete },
} satisfies Partial<Record<RuleId, RuleCheck>>;
