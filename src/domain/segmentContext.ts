/**
 * Everything the cost model needs about one segment, looked up once so that evaluating a
 * whole canvas stays linear in its size (no per-segment scans of the canvas).
 */
import { createParamResolver, type ParamResolver } from './params';
import type {
  Canvas,
  CanvasSettings,
  Channel,
  Id,
  RelationshipAssignment,
  Segment,
  Tactic,
} from './schema';

export interface SegmentContext {
  segment: Segment;
  settings: CanvasSettings;
  /** parameter lookup shared by every segment of one evaluation */
  params: ParamResolver;
  relationships: readonly RelationshipAssignment[];
  tactics: readonly Tactic[];
  channels: readonly Channel[];
  /** share of the segment's revenue kept by partner channels (§8.4), 0..1 */
  partnerMarginRate: number;
  /** ARPU net of partner margins */
  revenuePerCustomer: number;
}

function push<T>(groups: Map<Id, T[]>, key: Id, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * Spec decision (§8.4): a partner channel with both `partnerMargin` and `revenueShare` keeps
 * revenueShare × partnerMargin of the segment's ARPU; own channels keep nothing. Capped at 1.
 */
function partnerMarginRate(channels: readonly Channel[]): number {
  let rate = 0;
  for (const channel of channels) {
    if (channel.ownership !== 'partner') continue;
    rate += (channel.revenueShare ?? 0) * (channel.partnerMargin ?? 0);
  }
  return Math.min(1, rate);
}

function contextOf(
  canvas: Canvas,
  params: ParamResolver,
  segment: Segment,
  relationships: readonly RelationshipAssignment[],
  tactics: readonly Tactic[],
  channels: readonly Channel[],
): SegmentContext {
  const rate = partnerMarginRate(channels);
  return {
    segment,
    settings: canvas.settings,
    params,
    relationships,
    tactics,
    channels,
    partnerMarginRate: rate,
    revenuePerCustomer: segment.monthlyRevenuePerCustomer * (1 - rate),
  };
}

/** Contexts for every segment, keyed by segment id; O(size of the canvas). */
export function buildSegmentContexts(canvas: Canvas): Map<Id, SegmentContext> {
  const relationships = new Map<Id, RelationshipAssignment[]>();
  const tactics = new Map<Id, Tactic[]>();
  const channels = new Map<Id, Channel[]>();
  for (const rel of canvas.relationships) push(relationships, rel.segmentId, rel);
  for (const tactic of canvas.tactics) push(tactics, tactic.segmentId, tactic);
  for (const channel of canvas.channels) {
    // a Set, so a segment listed twice does not count the channel's margin twice
    for (const segmentId of new Set(channel.segmentIds)) push(channels, segmentId, channel);
  }
  const params = createParamResolver(canvas.settings);
  return new Map(
    canvas.segments.map((segment) => [
      segment.id,
      contextOf(
        canvas,
        params,
        segment,
        relationships.get(segment.id) ?? [],
        tactics.get(segment.id) ?? [],
        channels.get(segment.id) ?? [],
      ),
    ]),
  );
}

/** The context of a single segment (one pass over the canvas). */
export function segmentContext(canvas: Canvas, segment: Segment): SegmentContext {
  return contextOf(
    canvas,
    createParamResolver(canvas.settings),
    segment,
    canvas.relationships.filter((r) => r.segmentId === segment.id),
    canvas.tactics.filter((t) => t.segmentId === segment.id),
    canvas.channels.filter((c) => c.segmentIds.includes(segment.id)),
  );
}
