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
import type { SegmentEconomics } from './types';

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
  /**
   * The segment's economics, for the rules: evaluateCanvas sets it once computed, so the context
   * is the rules' view of the segment without a copy per segment.
   */
  economics?: SegmentEconomics;
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

/** A context whose members are still being collected; the rates are set once they are. */
type OpenContext = SegmentContext & {
  relationships: RelationshipAssignment[];
  tactics: Tactic[];
  channels: Channel[];
};

function openContext(canvas: Canvas, params: ParamResolver, segment: Segment): OpenContext {
  return {
    segment,
    settings: canvas.settings,
    params,
    relationships: [],
    tactics: [],
    channels: [],
    partnerMarginRate: 0,
    revenuePerCustomer: 0,
    economics: undefined,
  };
}

/** Sets the rates that depend on the segment's channels. */
function close(context: SegmentContext): SegmentContext {
  const rate = partnerMarginRate(context.channels);
  context.partnerMarginRate = rate;
  context.revenuePerCustomer = (context.segment.monthlyRevenuePerCustomer ?? 0) * (1 - rate);
  return context;
}

/**
 * `contexts.get`, remembering the last answer: a segment's relationships and tactics are usually
 * listed together, so most lookups repeat the previous one and skip hashing the id.
 */
function lookupFor(contexts: ReadonlyMap<Id, OpenContext>): (id: Id) => OpenContext | undefined {
  let lastId: Id | undefined;
  let last: OpenContext | undefined;
  return (id) => {
    if (id !== lastId) {
      lastId = id;
      last = contexts.get(id);
    }
    return last;
  };
}

/**
 * Contexts for every segment, keyed by segment id (a repeated id keeps the last segment);
 * one pass over each list of the canvas, filling the contexts' own lists.
 */
export function buildSegmentContexts(canvas: Canvas): Map<Id, SegmentContext> {
  const params = createParamResolver(canvas.settings);
  const contexts = new Map<Id, OpenContext>();
  for (const segment of canvas.segments) {
    contexts.set(segment.id, openContext(canvas, params, segment));
  }
  const contextOf = lookupFor(contexts);
  for (const rel of canvas.relationships) contextOf(rel.segmentId)?.relationships.push(rel);
  for (const tactic of canvas.tactics) contextOf(tactic.segmentId)?.tactics.push(tactic);
  for (const channel of canvas.channels) {
    const { segmentIds } = channel;
    for (let i = 0; i < segmentIds.length; i++) {
      const segmentId = segmentIds[i];
      // a segment listed twice does not count the channel's margin twice (indexOf, not a Set:
      // a channel lists a handful of segments, and this runs for every channel)
      if (segmentId === undefined || segmentIds.indexOf(segmentId) !== i) continue;
      contextOf(segmentId)?.channels.push(channel);
    }
  }
  for (const context of contexts.values()) {
    // exact-size copies: the results keep their context (to explain themselves later), and an
    // array grown by push keeps room for 16 items
    context.relationships = context.relationships.slice();
    context.tactics = context.tactics.slice();
    context.channels = context.channels.slice();
    close(context);
  }
  return contexts;
}

/** The context of a single segment (one pass over the canvas). */
export function segmentContext(canvas: Canvas, segment: Segment): SegmentContext {
  const context = openContext(canvas, createParamResolver(canvas.settings), segment);
  context.relationships = canvas.relationships.filter((r) => r.segmentId === segment.id);
  context.tactics = canvas.tactics.filter((t) => t.segmentId === segment.id);
  context.channels = canvas.channels.filter((c) => c.segmentIds.includes(segment.id));
  return close(context);
}
