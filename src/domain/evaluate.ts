/**
 * evaluateCanvas: the one entry point from a canvas to everything it implies.
 *
 * Evaluation is incremental. Canvas objects are immutable (the store replaces what it edits), so
 * the last evaluation of each canvas is kept with the results it was made of, and each result
 * with the objects it was computed from. The next evaluation of that canvas reuses every result
 * whose objects are the same: an edit to one segment re-evaluates that segment, the channels
 * that list it, and the other segments of those channels whose share of channel cost moved.
 * Callers must not mutate a canvas they evaluated.
 */
import { channelEconomics, segmentShareOf, segmentsOfChannel } from './channelEconomics';
import { segmentEconomics } from './economics';
import { divide } from './math';
import { channelFindings, segmentFindings } from './rules';
import type { Canvas, Channel, Id, Segment } from './schema';
import { indexCanvas, sameInputs, sameItems, type CanvasIndex } from './segmentInputs';
import type { SegmentInputs } from './segmentInputs';
import {
  SEVERITIES,
  type ChannelEconomics,
  type Evaluation,
  type Finding,
  type SegmentEconomics,
  type Severity,
} from './types';

interface SegmentResult {
  inputs: SegmentInputs;
  economics: SegmentEconomics;
  findings: readonly Finding[];
}

interface ChannelResult {
  channel: Channel;
  /** the channel's segments it was computed from (segmentsOfChannel) */
  segments: readonly Segment[];
  economics: ChannelEconomics;
  findings: readonly Finding[];
}

/** The last evaluation of one canvas, with its results in canvas order. */
interface Kept {
  canvas: Canvas;
  index: CanvasIndex;
  /** where each segment id sits in canvas.segments */
  segmentAt: ReadonlyMap<Id, number>;
  /** where each channel sits in canvas.channels */
  channelAt: ReadonlyMap<Channel, number>;
  channels: readonly ChannelResult[];
  segments: readonly SegmentResult[];
  evaluation: Evaluation;
}

// The class dashboard shows about 40 canvases at once; past this many the least recent is dropped.
const CANVASES_KEPT = 64;
const lastEvaluations = new Map<Id, Kept>();

function remember(kept: Kept): void {
  const id = kept.canvas.id;
  lastEvaluations.delete(id); // re-inserted last: the map's order is least recently used first
  lastEvaluations.set(id, kept);
  if (lastEvaluations.size > CANVASES_KEPT) {
    lastEvaluations.delete(lastEvaluations.keys().next().value ?? '');
  }
}

/** Where each item sits in `items`, by its key. */
function positions<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  const at = new Map<K, number>();
  items.forEach((item, i) => at.set(keyOf(item), i));
  return at;
}

function evaluateChannel(channel: Channel, segments: Segment[], settings: Canvas['settings']) {
  return {
    channel,
    segments,
    economics: channelEconomics(channel, segments),
    findings: channelFindings(channel, settings),
  };
}

function evaluateSegment(inputs: SegmentInputs): SegmentResult {
  const economics = segmentEconomics(inputs);
  return {
    inputs,
    economics,
    findings: segmentFindings({ ...inputs, economics }, inputs.settings),
  };
}

/** The segment's share of the cost of each channel that lists it (§9.3). */
function channelCostOf(
  segment: Segment,
  channels: readonly Channel[],
  resultOf: (channel: Channel) => ChannelResult | undefined,
): number {
  let cost = 0;
  for (const channel of channels) {
    const result = resultOf(channel);
    if (result) cost += segmentShareOf(result.economics, segment.id);
  }
  return cost;
}

/**
 * Findings sorted by severity (error, warning, hint); within one, canvas-wide findings first, then
 * each segment in canvas order, each in rule order.
 */
function sortedFindings(
  channels: readonly ChannelResult[],
  segments: readonly SegmentResult[],
): Finding[] {
  const sorted: Finding[] = [];
  for (const severity of SEVERITIES) {
    for (const results of [channels, segments]) {
      for (const { findings } of results) {
        for (const finding of findings) if (finding.severity === severity) sorted.push(finding);
      }
    }
  }
  return sorted;
}

const countOf = (findings: readonly Finding[], severity: Severity) =>
  findings.reduce((count, finding) => (finding.severity === severity ? count + 1 : count), 0);

/**
 * The previous sorted findings with the re-evaluated segments' findings swapped in, instead of
 * sorting thousands again. A segment's findings of one severity sit together: after all the more
 * severe ones, the channels' ones of that severity and those of the segments before it.
 */
function swapFindings(
  previous: Kept,
  segments: readonly SegmentResult[],
  reevaluated: ReadonlySet<number>,
): Finding[] {
  const swaps: { start: number; removed: number; added: Finding[] }[] = [];
  let start = 0;
  for (const severity of SEVERITIES) {
    for (const { findings } of previous.channels) start += countOf(findings, severity);
    previous.segments.forEach(({ findings }, position) => {
      const removed = countOf(findings, severity);
      const now = segments[position];
      if (now && reevaluated.has(position)) {
        swaps.push({ start, removed, added: now.findings.filter((f) => f.severity === severity) });
      }
      start += removed;
    });
  }
  const sorted = [...previous.evaluation.findings];
  // from the end, so each swap leaves the places of the earlier ones as they were
  for (const { start, removed, added } of swaps.reverse()) sorted.splice(start, removed, ...added);
  return sorted;
}

function toEvaluation(
  channels: readonly ChannelResult[],
  segments: readonly SegmentResult[],
  findings: Finding[],
): Evaluation {
  let revenue = 0;
  let relationshipCost = 0;
  for (const { economics } of segments) {
    revenue += economics.revenue ?? 0;
    relationshipCost += economics.relationshipCost;
  }
  return {
    segments: segments.map((s) => s.economics),
    channels: channels.map((c) => c.economics),
    totals: { revenue, relationshipCost, costShare: divide(relationshipCost, revenue) },
    findings,
  };
}

/**
 * Any canvas: every channel and segment is computed, unless the previous evaluation has a result
 * for the same objects (looked up by id), with the same settings.
 */
function evaluateAll(canvas: Canvas, previous: Kept | undefined): Kept {
  const { settings } = canvas;
  const before = previous?.canvas.settings === settings ? previous : undefined;
  const index = indexCanvas(canvas);
  const byId = new Map(canvas.segments.map((s) => [s.id, s]));
  const segmentOf = (id: Id) => byId.get(id);

  const keptChannels = new Map(before?.channels.map((r) => [r.channel, r]));
  const channels = canvas.channels.map((channel) => {
    const segments = segmentsOfChannel(channel, segmentOf);
    const kept = keptChannels.get(channel);
    if (kept && sameItems(kept.segments, segments)) return kept;
    return evaluateChannel(channel, segments, settings);
  });
  const channelAt = positions(canvas.channels, (channel) => channel);
  const resultOf = (channel: Channel) => channels[channelAt.get(channel) ?? -1];

  const keptSegments = new Map(before?.segments.map((r) => [r.inputs.segment, r]));
  const segments = canvas.segments.map((segment) => {
    const segmentChannels = index.channelsOf(segment.id);
    const inputs: SegmentInputs = {
      segment,
      relationships: index.relationshipsOf(segment.id),
      tactics: index.tacticsOf(segment.id),
      channels: segmentChannels,
      settings,
      channelCost: channelCostOf(segment, segmentChannels, resultOf),
    };
    const kept = keptSegments.get(segment);
    return kept && sameInputs(kept.inputs, inputs) ? kept : evaluateSegment(inputs);
  });

  return {
    canvas,
    index,
    segmentAt: positions(canvas.segments, (segment) => segment.id),
    channelAt,
    channels,
    segments,
    evaluation: toEvaluation(channels, segments, sortedFindings(channels, segments)),
  };
}

/** The positions whose segment was replaced, when only segments were (same ids, same order). */
function replacedSegments(previous: Kept, canvas: Canvas): number[] | null {
  const before = previous.canvas;
  const sameLists =
    before.settings === canvas.settings &&
    before.relationships === canvas.relationships &&
    before.tactics === canvas.tactics &&
    before.channels === canvas.channels &&
    before.segments.length === canvas.segments.length;
  if (!sameLists) return null;
  const replaced: number[] = [];
  for (let i = 0; i < canvas.segments.length; i++) {
    const was = before.segments[i];
    const is = canvas.segments[i];
    if (was === is) continue;
    if (was?.id !== is?.id) return null;
    replaced.push(i);
  }
  return replaced;
}

/**
 * Only some segments were replaced: those segments, the channels that list them, and the other
 * segments of those channels (their share of channel cost may have moved) are re-evaluated.
 */
function evaluateEdit(canvas: Canvas, previous: Kept, replaced: readonly number[]): Kept {
  const { index, segmentAt, channelAt } = previous;
  const segmentOf = (id: Id) => canvas.segments[segmentAt.get(id) ?? -1];
  const channels = [...previous.channels];
  const segments = [...previous.segments];
  const touched = new Set<number>(replaced);

  for (const position of replaced) {
    for (const channel of index.channelsOf(canvas.segments[position]?.id ?? '')) {
      const at = channelAt.get(channel) ?? -1;
      const channelSegments = segmentsOfChannel(channel, segmentOf);
      const kept = channels[at];
      if (!kept) continue;
      // the channel itself is unchanged, and its findings read only the channel and settings
      const economics = channelEconomics(channel, channelSegments);
      channels[at] = { ...kept, segments: channelSegments, economics };
      for (const segment of channelSegments) touched.add(segmentAt.get(segment.id) ?? -1);
    }
  }
  const resultOf = (channel: Channel) => channels[channelAt.get(channel) ?? -1];

  const reevaluated = new Set<number>();
  for (const position of touched) {
    const kept = segments[position];
    const segment = canvas.segments[position];
    if (!kept || !segment) continue;
    const channelCost = channelCostOf(segment, kept.inputs.channels, resultOf);
    if (kept.inputs.segment === segment && kept.inputs.channelCost === channelCost) continue;
    segments[position] = evaluateSegment({ ...kept.inputs, segment, channelCost });
    reevaluated.add(position);
  }

  const findings = swapFindings(previous, segments, reevaluated);
  return {
    ...previous,
    canvas,
    channels,
    segments,
    evaluation: toEvaluation(channels, segments, findings),
  };
}

/**
 * Everything the canvas implies: economics per segment and per channel (canvas order), totals
 * and the coherence findings. Pure and deterministic.
 * @example evaluateCanvas(createEmptyCanvas()) // { segments: [], channels: [], totals: { revenue: 0, relationshipCost: 0, costShare: null }, findings: [] }
 */
export function evaluateCanvas(canvas: Canvas): Evaluation {
  const previous = lastEvaluations.get(canvas.id);
  if (previous?.canvas === canvas) return previous.evaluation;
  const replaced = previous && replacedSegments(previous, canvas);
  const kept =
    previous && replaced ? evaluateEdit(canvas, previous, replaced) : evaluateAll(canvas, previous);
  remember(kept);
  return kept.evaluation;
}
