/**
 * The coherence rules of DOMAIN.md §3 (CR01–CR28) and §9.7 (CR29). Checks are pure: they read
 * one segment (or one channel) with its economics and report findings carrying i18next keys,
 * never sentences.
 */
import type { CanvasSettings, Channel } from '../schema';
import type { Finding, Severity } from '../types';
import { RULE_IDS, RULE_SEVERITIES, type RuleId } from './catalog';
import type { CheckResult, Hit, RuleCheck, RuleContext, SegmentView } from './context';
import { channelRules } from './channels';
import { economicsRules } from './economics';
import { fitRules } from './fit';
import { getKeepGrowRules } from './getKeepGrow';
import { questionRules } from './questions';

export { RULE_IDS, RULE_TARGETS, type RuleId, type RuleTarget } from './catalog';
export type { SegmentView } from './context';

/** Every rule with its primary severity, CR01..CR29. */
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

type TextPart = 'message' | 'explanation' | 'suggestion';

/** The default text keys of every rule (`rules:CR17.message`…), built once. */
const TEXT_KEYS = Object.fromEntries(
  RULE_IDS.map((id) => [
    id,
    {
      message: `rules:${id}.message`,
      explanation: `rules:${id}.explanation`,
      suggestion: `rules:${id}.suggestion`,
    },
  ]),
) as Record<RuleId, Record<TextPart, string>>;

/** The key of one text of a finding: the rule's default, or a variant such as `messageOver`. */
function textKey(ruleId: RuleId, hit: Hit, part: TextPart): string {
  const variant = hit.keys?.[part];
  return variant === undefined ? TEXT_KEYS[ruleId][part] : `rules:${ruleId}.${variant}`;
}

function toFinding(ruleId: RuleId, hit: Hit, segment?: { id: string; name: string }): Finding {
  const finding: Finding = {
    ruleId,
    severity: hit.severity ?? RULE_SEVERITIES[ruleId],
    entityIds: hit.entityIds,
    messageKey: textKey(ruleId, hit, 'message'),
    explanationKey: textKey(ruleId, hit, 'explanation'),
    suggestionKey: textKey(ruleId, hit, 'suggestion'),
  };
  if (segment) {
    finding.segmentId = segment.id;
    finding.values = hit.values
      ? { segment: segment.name, ...hit.values }
      : { segment: segment.name };
  } else if (hit.values) {
    finding.values = hit.values;
  }
  return finding;
}

const NO_HITS: readonly Hit[] = [];
const NO_FINDINGS: readonly Finding[] = [];
const hitsOf = (result: CheckResult): readonly Hit[] =>
  result === null ? NO_HITS : 'entityIds' in result ? [result] : result;

type SegmentCheck = Extract<RuleCheck, { scope: 'segment' }>['check'];
type ChannelCheck = Extract<RuleCheck, { scope: 'channel' }>['check'];
interface EnabledRules {
  segment: { id: RuleId; check: SegmentCheck }[];
  channel: { id: RuleId; check: ChannelCheck }[];
}

// Settings are immutable (the store replaces them), so each one's enabled rules are kept.
const enabledBySettings = new WeakMap<CanvasSettings, EnabledRules>();

/** The enabled rules of the canvas, by scope, in id order. */
function enabledRules(settings: CanvasSettings): EnabledRules {
  let enabled = enabledBySettings.get(settings);
  if (!enabled) {
    const disabled = settings.rules.disabledRules ?? [];
    enabled = { segment: [], channel: [] };
    for (const id of RULE_IDS) {
      const rule = CHECKS[id];
      if (disabled.includes(id)) continue;
      if (rule.scope === 'segment') enabled.segment.push({ id, check: rule.check });
      else enabled.channel.push({ id, check: rule.check });
    }
    enabledBySettings.set(settings, enabled);
  }
  return enabled;
}

/**
 * The findings about one segment, rule by rule (CR01 first).
 * @example segmentFindings(view, canvas.settings) // [{ ruleId: 'CR03', severity: 'hint', … }]
 */
export function segmentFindings(view: SegmentView, settings: CanvasSettings): Finding[] {
  const ctx: RuleContext = { thresholds: settings.rules };
  const findings: Finding[] = [];
  for (const { id, check } of enabledRules(settings).segment) {
    for (const hit of hitsOf(check(view, ctx))) findings.push(toFinding(id, hit, view.segment));
  }
  return findings;
}

/** The findings about one channel on its own (CR06). */
export function channelFindings(channel: Channel, settings: CanvasSettings): readonly Finding[] {
  const ctx: RuleContext = { thresholds: settings.rules };
  const findings: Finding[] = [];
  for (const { id, check } of enabledRules(settings).channel) {
    for (const hit of hitsOf(check(channel, ctx))) findings.push(toFinding(id, hit));
  }
  // most channels have none: share one empty list rather than keep thousands
  return findings.length > 0 ? findings : NO_FINDINGS;
}
