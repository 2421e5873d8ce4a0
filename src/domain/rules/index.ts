/**
 * The 28 coherence rules of DOMAIN.md §3. `runRules` is pure: it reads the canvas and the
 * economics computed for it and returns findings carrying i18next keys, never sentences.
 */
import type { Canvas, Id } from '../schema';
import type { Finding, SegmentEconomics, Severity } from '../types';
import { RULE_IDS, RULE_SEVERITIES, type RuleId } from './catalog';
import {
  buildSegmentViews,
  type CheckResult,
  type Hit,
  type RuleCheck,
  type RuleContext,
  type SegmentView,
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

/** A rule's id with its primary severity and plain texts (most findings use those). */
type RuleInfo = { id: RuleId; severity: Severity; keys: TextKeys };

// built once, so a finding reads its rule's severity and keys from fields, not by rule id
const RULE_INFO = new Map<RuleId, RuleInfo>(
  RULE_IDS.map((id) => [id, { id, severity: RULE_SEVERITIES[id], keys: keysOf(id) }]),
);

/** The segment's name, then the hit's values (copied key by key: spreads are slow here). */
function segmentValues(name: string, values: Hit['values']): Record<string, number | string> {
  const all: Record<string, number | string> = { segment: name };
  for (const key in values) all[key] = values[key]!;
  return all;
}

function toFinding(rule: RuleInfo, hit: Hit, segment?: { id: Id; name: string }): Finding {
  const ruleId = rule.id;
  const keys = hit.keys ? keysOf(ruleId, hit.keys) : rule.keys;
  const severity = hit.severity ?? rule.severity;
  // every field in one literal, in the order findings always had, so they share one shape (and a
  // segment's finding needs no second block of properties for the two fields added afterwards)
  if (segment) {
    return {
      ruleId,
      severity,
      entityIds: hit.entityIds,
      messageKey: keys.messageKey,
      explanationKey: keys.explanationKey,
      suggestionKey: keys.suggestionKey,
      segmentId: segment.id,
      values: segmentValues(segment.name, hit.values),
    };
  }
  const finding: Finding = {
    ruleId,
    severity,
    entityIds: hit.entityIds,
    messageKey: keys.messageKey,
    explanationKey: keys.explanationKey,
    suggestionKey: keys.suggestionKey,
  };
  if (hit.values) finding.values = hit.values;
  return finding;
}

/** Where a runner puts its findings: an array, or evaluateCanvas' buckets by severity. */
export interface FindingSink {
  add(finding: Finding): void;
}

function emit(
  sink: FindingSink,
  rule: RuleInfo,
  result: CheckResult,
  segment?: { id: Id; name: string },
) {
  if (result === null) return;
  if ('entityIds' in result) sink.add(toFinding(rule, result, segment));
  else for (const hit of result) sink.add(toFinding(rule, hit, segment));
}

type Check<Scope extends RuleCheck['scope']> = Extract<RuleCheck, { scope: Scope }>['check'];

/**
 * The enabled rules of one canvas, resolved once: `channels` reports the findings about
 * channels (channel order, rule by rule), `segment` those of one segment's view (rule by rule).
 * Rules and checks sit in parallel arrays read by index: destructuring an [id, rule] pair per
 * rule and segment went through the iterator protocol, a tenth of the rules' time.
 */
export function createRuleRunner(canvas: Canvas) {
  const disabled = new Set(canvas.settings.rules.disabledRules);
  const ctx: RuleContext = { canvas, thresholds: canvas.settings.rules };
  const channelRules: RuleInfo[] = [];
  const channelChecks: Check<'channel'>[] = [];
  const segmentRules: RuleInfo[] = [];
  const segmentChecks: Check<'segment'>[] = [];
  for (const [id, info] of RULE_INFO) {
    if (disabled.has(id)) continue;
    const rule = CHECKS[id];
    if (rule.scope === 'channel') {
      channelRules.push(info);
      channelChecks.push(rule.check);
    } else {
      segmentRules.push(info);
      segmentChecks.push(rule.check);
    }
  }
  return {
    channels(sink: FindingSink): void {
      for (let i = 0; i < channelChecks.length; i++) {
        const rule = channelRules[i]!;
        const check = channelChecks[i]!;
        for (const channel of canvas.channels) emit(sink, rule, check(channel, ctx));
      }
    },
    segment(view: SegmentView, sink: FindingSink): void {
      for (let i = 0; i < segmentChecks.length; i++) {
        emit(sink, segmentRules[i]!, segmentChecks[i]!(view, ctx), view.segment);
      }
    },
  };
}

/**
 * Runs every enabled rule. Order: channel findings in channel order, then each segment's
 * findings in canvas order, rule by rule (evaluateCanvas sorts by severity afterwards).
 * @example runRules(canvas, new Map([[seg.id, computeSegmentEconomics(canvas, seg.id)]]))
 */
export function runRules(
  canvas: Canvas,
  economics: ReadonlyMap<string, SegmentEconomics>,
): Finding[] {
  const runner = createRuleRunner(canvas);
  const findings: Finding[] = [];
  const sink: FindingSink = { add: (finding) => findings.push(finding) };
  runner.channels(sink);
  for (const view of buildSegmentViews(canvas, economics)) runner.segment(view, sink);
  return findings;
}
