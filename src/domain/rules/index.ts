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

/** The rule's texts: `rules:CR17.message`, or a variant such as `rules:CR17.messageOver`. */
function toFinding(ruleId: RuleId, hit: Hit, segment?: { id: string; name: string }): Finding {
  const keys = hit.keys ?? {};
  const finding: Finding = {
    ruleId,
    severity: hit.severity ?? RULE_SEVERITIES[ruleId],
    entityIds: hit.entityIds,
    messageKey: `rules:${ruleId}.${keys.message ?? 'message'}`,
    explanationKey: `rules:${ruleId}.${keys.explanation ?? 'explanation'}`,
    suggestionKey: `rules:${ruleId}.${keys.suggestion ?? 'suggestion'}`,
  };
  if (segment) {
    finding.segmentId = segment.id;
    finding.values = { segment: segment.name, ...hit.values };
  } else if (hit.values) {
    finding.values = hit.values;
  }
  return finding;
}

const NO_HITS: readonly Hit[] = [];
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
export function channelFindings(channel: Channel, settings: CanvasSettings): Finding[] {
  const ctx: RuleContext = { thresholds: settings.rules };
  const findings: Finding[] = [];
  for (const { id, check } of enabledRules(settings).channel) {
    for (const hit of hitsOf(check(channel, ctx))) findings.push(toFinding(id, hit));
  }
  return findings;
}
