/**
 * Channel cost and channel economics (DOMAIN.md §9.3). A channel's monthly cost is shared among
 * its segments in proportion to their size N (equally when all of them have N = 0):
 *   ChannelCost_s = Σ_{ch ∋ s} ch.monthlyCost × N_s ÷ Σ_{s' ∈ ch} N_s'
 * Per channel, margin against reach: what it costs, how many customers it reaches, and the
 * revenue a partner keeps.
 */
import { explainStep as step } from './explain';
import { divide } from './math';
import type { Canvas, Channel, Id, Segment } from './schema';
import type { ChannelEconomics, ChannelSegmentShare, ExplainStep } from './types';

/** The channel's segments that exist, each once, in the order the channel lists them. */
export function segmentsOfChannel(
  channel: Channel,
  segmentOf: (id: Id) => Segment | undefined,
): Segment[] {
  const ids = channel.segmentIds;
  const segments: Segment[] = [];
  for (let i = 0; i < ids.length; i++) {
    const segment = segmentOf(ids[i] ?? '');
    if (segment && ids.indexOf(segment.id) === i) segments.push(segment);
  }
  return segments;
}

/**
 * Monthly revenue that passes through a partner channel and the part the partner keeps.
 * Spec decision (§8.4, as for the segment's net ARPU): the revenue through the channel is its
 * `revenueShare` of each segment's revenue (none without one); own channels give no margin.
 */
function partnerMargin(channel: Channel, segments: readonly Segment[]) {
  if (channel.ownership !== 'partner' || channel.partnerMargin === undefined) return null;
  let segmentsRevenue = 0;
  for (const s of segments) segmentsRevenue += s.size * (s.monthlyRevenuePerCustomer ?? 0);
  const revenueShare = channel.revenueShare ?? 0;
  const rate = channel.partnerMargin;
  return { segmentsRevenue, revenueShare, rate, given: segmentsRevenue * revenueShare * rate };
}

/** The steps behind a channel's figures, keyed by figure. */
function explainChannel(
  channel: Channel,
  segments: readonly Segment[],
  figures: Omit<ChannelEconomics, 'explain'>,
): Record<string, ExplainStep[]> {
  const { monthlyCost, customersReached, costPerCustomer } = figures;
  const margin = partnerMargin(channel, segments);
  return {
    monthlyCost: figures.segments.map(({ share, cost }, i) =>
      step('domain:explain.channel.share', {
        segment: segments[i]?.name ?? '',
        size: segments[i]?.size ?? 0,
        customers: customersReached,
        share,
        cost: monthlyCost,
        result: cost,
      }),
    ),
    customersReached: [
      ...segments.map((s) =>
        step('domain:explain.channel.reached', { segment: s.name, size: s.size }),
      ),
      step('domain:explain.channel.reachedTotal', { result: customersReached }),
    ],
    costPerCustomer:
      costPerCustomer === null
        ? [{ key: 'domain:nullReasons.no_customers', values: {} }]
        : [
            step('domain:explain.channel.costPerCustomer', {
              cost: monthlyCost,
              customers: customersReached,
              result: costPerCustomer,
            }),
          ],
    partnerMarginGiven: margin
      ? [
          step('domain:explain.channel.partnerMargin', {
            revenue: margin.segmentsRevenue,
            revenueShare: margin.revenueShare,
            partnerMargin: margin.rate,
            result: margin.given,
          }),
        ]
      : [step('domain:explain.channel.noPartnerMargin', {})],
  };
}

/** A channel's figures; the explanation is built on first read, like a segment's. */
class ChannelResult implements ChannelEconomics {
  readonly #channel: Channel;
  readonly #segments: readonly Segment[];
  #explain: Record<string, ExplainStep[]> | undefined;
  readonly channelId: Id;
  readonly monthlyCost: number;
  readonly customersReached: number;
  readonly costPerCustomer: number | null;
  readonly partnerMarginGiven: number | null;
  readonly segments: ChannelSegmentShare[];

  constructor(channel: Channel, segments: readonly Segment[]) {
    this.#channel = channel;
    this.#segments = segments;
    const monthlyCost = channel.monthlyCost ?? 0;
    let customersReached = 0;
    for (const s of segments) customersReached += s.size;
    this.channelId = channel.id;
    this.monthlyCost = monthlyCost;
    this.customersReached = customersReached;
    this.costPerCustomer = divide(monthlyCost, customersReached);
    this.partnerMarginGiven = partnerMargin(channel, segments)?.given ?? null;
    this.segments = segments.map((s) => {
      const share = customersReached > 0 ? s.size / customersReached : 1 / segments.length;
      return { segmentId: s.id, share, cost: monthlyCost * share };
    });
  }

  get explain(): Record<string, ExplainStep[]> {
    return (this.#explain ??= explainChannel(this.#channel, this.#segments, this));
  }
}

/** Cost, reach and partner margin of one channel, given its segments (segmentsOfChannel). */
export function channelEconomics(channel: Channel, segments: readonly Segment[]): ChannelEconomics {
  return new ChannelResult(channel, segments);
}

/** The segment's part of one channel's cost, as that channel's economics share it. */
export function segmentShareOf(economics: ChannelEconomics, segmentId: Id): number {
  return economics.segments.find((s) => s.segmentId === segmentId)?.cost ?? 0;
}

/** ChannelCost_s for one segment of `canvas` (§9.3). */
export function channelCostOf(canvas: Canvas, segment: Segment): number {
  const byId = new Map(canvas.segments.map((s) => [s.id, s]));
  let cost = 0;
  for (const channel of canvas.channels) {
    if (!channel.segmentIds.includes(segment.id)) continue;
    const segments = segmentsOfChannel(channel, (id) => byId.get(id));
    cost += segmentShareOf(channelEconomics(channel, segments), segment.id);
  }
  return cost;
}
