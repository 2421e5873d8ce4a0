/**
 * What a rule sees: one segment with everything attached to it, looked up once per run so
 * that no rule scans the whole canvas (evaluateCanvas must stay fast at 1,000 segments).
 */
import type {
  Canvas,
  Channel,
  Id,
  RelationshipAssignment,
  RuleSettings,
  Segment,
  Tactic,
} from '../schema';
import type { SegmentEconomics, Severity } from '../types';

export interface SegmentView {
  segment: Segment;
  /** rels(s) */
  relationships: readonly RelationshipAssignment[];
  /** segChannels(s): channels whose segmentIds contain the segment */
  channels: readonly Channel[];
  channelIds: ReadonlySet<Id>;
  tactics: readonly Tactic[];
  /** undefined only if the caller passed no economics for this segment */
  economics: SegmentEconomics | undefined;
}

export interface RuleContext {
  canvas: Canvas;
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

function groupBySegment<T extends { segmentId: Id }>(items: readonly T[]): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const group = groups.get(item.segmentId);
    if (group) group.push(item);
    else groups.set(item.segmentId, [item]);
  }
  return groups;
}

function channelsBySegment(channels: readonly Channel[]): Map<Id, Channel[]> {
  const groups = new Map<Id, Channel[]>();
  for (const channel of channels) {
    // a Set, so a segment listed twice does not count the channel twice
    for (const segmentId of new Set(channel.segmentIds)) {
      const group = groups.get(segmentId);
      if (group) group.push(channel);
      else groups.set(segmentId, [channel]);
    }
  }
  return groups;
}

/** One view per segment, in canvas order; O(segments + relationships + channel links + tactics). */
export function buildSegmentViews(
  canvas: Canvas,
  economics: ReadonlyMap<Id, SegmentEconomics>,
): SegmentView[] {
  const relationships = groupBySegment(canvas.relationships);
  const tactics = groupBySegment(canvas.tactics);
  const channels = channelsBySegment(canvas.channels);
  return canvas.segments.map((segment) => {
    const segmentChannels = channels.get(segment.id) ?? [];
    return {
      segment,
      relationships: relationships.get(segment.id) ?? [],
      channels: segmentChannels,
      channelIds: new Set(segmentChannels.map((c) => c.id)),
      tactics: tactics.get(segment.id) ?? [],
      economics: economics.get(segment.id),
    };
  });
}
