/** What a rule sees: one segment with everything attached to it, and its economics. */
import type { Channel, Id, RuleSettings } from '../schema';
import type { SegmentInputs } from '../segmentInputs';
import type { SegmentEconomics, Severity } from '../types';

/** rels(s), segChannels(s), the segment's tactics and settings (§3), and its economics. */
export type SegmentView = SegmentInputs & { economics: SegmentEconomics };

export interface RuleContext {
  thresholds: RuleSettings;
}

/** Locale key suffixes of a text variant, e.g. `messageOver` → `rules:CR17.messageOver`. */
type TextKeys = Partial<Record<'message' | 'explanation' | 'suggestion', string>>;

/** What a check reports; the runner turns it into a Finding with full i18next keys. */
export interface Hit {
  entityIds: Id[];
  values?: Record<string, number | string>;
  /** only when a finding departs from the rule's primary severity (CR17, CR25) */
  severity?: Severity;
  keys?: TextKeys;
}

export type CheckResult = Hit | readonly Hit[] | null;

export type RuleCheck =
  | { scope: 'segment'; check: (view: SegmentView, ctx: RuleContext) => CheckResult }
  | { scope: 'channel'; check: (channel: Channel, ctx: RuleContext) => CheckResult };

/** A hit for each item `toHit` accepts, or null when none does. */
export function hitsFor<T>(items: readonly T[], toHit: (item: T) => Hit | null): Hit[] | null {
  const hits: Hit[] = [];
  for (const item of items) {
    const hit = toHit(item);
    if (hit) hits.push(hit);
  }
  return hits.length > 0 ? hits : null;
}
