/**
 * The 28 coherence rules of DOMAIN.md §3. `runRules` is pure: it reads the canvas and the
 * economics computed for it and returns findings carrying i18next keys, never sentences.
 */
import type { Canvas, Id } from '../schema';
import type { SegmentContext } from '../segmentContext';
import type { Finding, SegmentEconomics, Severity } from '../types';
import { RULE_IDS, RULE_SEVERITIES, type RuleId } from './catalog';
import {
  buildSegmentViews,
  type CheckResult,
  type Hit,
  type RuleCheck,
  type RuleContext,
} from './context';
import { channelRules } from './channels';
import { economicsRules } from './economics';
import { fitRules } from './fit';
import { getKeepGrowRules } from './getKeepGrow';
import { questionRules } from './questions';

export { RULE_IDS, RULE_TARGETS, type RuleId, type RuleTarget } from './catalog';

/** Every rule with its primary severity, CR01..CR28. */
export const RULES: readonly { id: RuleId; severity: Severity }[] = RULE_IDS.map((id) => ({
  id,
  severity: RULE_SEVERITIES[id],
}));

const CHECKS: Record<RuleId, RuleCheck> = {
  ...questionRules,
  ...getKeepGrowRules,
  ...channelRules,
  ...fitRules,
  ...economicsRules,
};

type TextKeys = { messageKey: string; explanationKey: string; suggestionKey: string };

const keysOf = (ruleId: RuleId, parts: Hit['keys'] = {}): TextKeys => ({
  messageKey: `rules:${ruleId}.${parts.message ?? 'message'}`,
  explanationKey: `rules:${ruleId}.${parts.explanation ?? 'explanation'}`,
  suggestionKey: `rules:${ruleId}.${parts.suggestion ?? 'suggestion'}`,
});

// built once: most findings use their rule's plain texts
const PLAIN_KEYS = new Map(RULE_IDS.map((id) => [id, keysOf(id)]));

/** The segment's name, then the hit's values (copied key by key: spreads are slow here). */
function segmentValues(name: string, values: Hit['values']): Record<string, number | string> {
  const all: Record<string, number | string> = { segment: name };
  for (const key in values) all[key] = values[key]!;
  return all;
}

function toFinding(ruleId: RuleId, hit: Hit, segment?: { id: Id; name: string }): Finding {
  const keys = hit.keys ? keysOf(ruleId, hit.keys) : (PLAIN_KEYS.get(ruleId) ?? keysOf(ruleId));
  // every field in one literal, in the order findings always had, so they share one shape
  const finding: Finding = {
    ruleId,
    severity: hit.severity ?? RULE_SEVERITIES[ruleId],
    entityIds: hit.entityIds,
    messageKey: keys.messageKey,
    explanationKey: keys.explanationKey,
    suggestionKey: keys.suggestionKey,
  };
  if (segment) {
    finding.segmentId = segment.id;
    finding.values = segmentValues(segment.name, hit.values);
  } else if (hit.values) {
    finding.values = hit.values;
  }
  return finding;
}

const NO_HITS: readonly Hit[] = [];

function hitsOf(result: CheckResult): readonly Hit[] {
  if (result === null) return NO_HITS;
  return 'entityIds' in result ? [result] : result;
}

type Checks<Scope extends RuleCheck['scope']> = [RuleId, Extract<RuleCheck, { scope: Scope }>][];

/**
 * Runs every enabled rule. Order: channel findings in channel order, then each segment's
 * findings in canvas order, rule by rule (evaluateCanvas sorts by severity afterwards).
 * `contexts`, when the caller has already built them for the economics, are reused.
 * @example runRules(canvas, new Map([[seg.id, computeSegmentEconomics(canvas, seg.id)]]))
 */
export function runRules(
  canvas: Canvas,
  economics: ReadonlyMap<string, SegmentEconomics>,
  contexts?: ReadonlyMap<Id, SegmentContext>,
): Finding[] {
  const disabled = new Set(canvas.settings.rules.disabledRules);
  const ctx: RuleContext = { canvas, thresholds: canvas.settings.rules };
  // resolved once, so the per-segment loop only calls checks
  const channelChecks: Checks<'channel'> = [];
  const segmentChecks: Checks<'segment'> = [];
  for (const id of RULE_IDS) {
    if (disabled.has(id)) continue;
    const rule = CHECKS[id];
    if (rule.scope === 'channel') channelChecks.push([id, rule]);
    else segmentChecks.push([id, rule]);
  }

  const findings: Finding[] = [];
  for (const [id, rule] of channelChecks) {
    for (const channel of canvas.channels) {
      for (const hit of hitsOf(rule.check(channel, ctx))) findings.push(toFinding(id, hit));
    }
  }
  for (const view of buildSegmentViews(canvas, economics, contexts)) {
    for (const [id, rule] of segmentChecks) {
      for (const hit of hitsOf(rule.check(view, ctx))) {
        findings.push(toFinding(id, hit, view.segment));
      }
    }
  }
  return findings;
}
