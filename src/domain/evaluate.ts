/**
 * evaluateCanvas: the one entry point from a canvas to everything it implies.
 *
 * Evaluation is incremental. Canvas objects are immutable (the store replaces what it edits), so
 * each segment's results are kept against the exact objects they were computed from: the
 * segment, its relationships, tactics and channels, the settings and its share of channel cost.
 * When all of them are the same objects as last time, the kept results are reused; an edit to
 * one segment re-evaluates that segment only. Callers must not mutate a canvas they evaluated.
 */
import { channelEconomics, segmentShareOf, segmentsOfChannel } from './channelEconomics';
import { segmentEconomics } from './economics';
import { divide } from './math';
import { channelFindings, segmentFindings } from './rules';
import type { Canvas, CanvasSettings, Channel, Id, Segment } from './schema';
import { indexCanvas, sameInputs, sameItems, type SegmentInputs } from './segmentInputs';
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
  findings: Finding[];
}

interface ChannelResult {
  channel: Channel;
  segments: Segment[];
  settings: CanvasSettings;
  economics: ChannelEconomics;
  findings: Finding[];
}

const segmentResults = new WeakMap<Segment, SegmentResult>();
const channelResults = new WeakMap<Channel, ChannelResult>();
const segmentMaps = new WeakMap<readonly Segment[], ReadonlyMap<Id, Segment>>();

function segmentsById(segments: readonly Segment[]): ReadonlyMap<Id, Segment> {
  let byId = segmentMaps.get(segments);
  if (!byId) {
    byId = new Map(segments.map((s) => [s.id, s]));
    segmentMaps.set(segments, byId);
  }
  return byId;
}

/** A channel's economics and findings, reused while the channel and its segments are unchanged. */
function evaluateChannel(
  channel: Channel,
  byId: ReadonlyMap<Id, Segment>,
  settings: CanvasSettings,
): ChannelResult {
  const segments = segmentsOfChannel(channel, byId);
  const kept = channelResults.get(channel);
  if (kept && kept.settings === settings && sameItems(kept.segments, segments)) return kept;
  const result = {
    channel,
    segments,
    settings,
    economics: channelEconomics(channel, segments),
    findings: channelFindings(channel, settings),
  };
  channelResults.set(channel, result);
  return result;
}

/** A segment's economics and findings, reused while its inputs are the same objects. */
function evaluateSegment(inputs: SegmentInputs): SegmentResult {
  const kept = segmentResults.get(inputs.segment);
  if (kept && sameInputs(kept.inputs, inputs)) return kept;
  const economics = segmentEconomics(inputs);
  const result = {
    inputs,
    economics,
    findings: segmentFindings({ ...inputs, economics }, inputs.settings),
  };
  segmentResults.set(inputs.segment, result);
  return result;
}

/**
 * Findings sorted by severity (error, warning, hint); within one, canvas-wide findings first, then
 * each segment in canvas order, each in rule order.
 */
function sortedFindings(groups: readonly (readonly Finding[])[]): Finding[] {
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], hint: [] };
  for (const findings of groups) {
    for (const finding of findings) bySeverity[finding.severity].push(finding);
  }
  return SEVERITIES.flatMap((severity) => bySeverity[severity]);
}

/**
 * Everything the canvas implies: economics per segment and per channel (canvas order), totals
 * and the coherence findings. Pure and deterministic.
 * @example evaluateCanvas(createEmptyCanvas()) // { segments: [], channels: [], totals: { revenue: 0, relationshipCost: 0, costShare: null }, findings: [] }
 */
export function evaluateCanvas(canvas: Canvas): Evaluation {
  const { settings } = canvas;
  const index = indexCanvas(canvas);
  const byId = segmentsById(canvas.segments);
  const channels = canvas.channels.map((channel) => evaluateChannel(channel, byId, settings));

  const segments = canvas.segments.map((segment) => {
    const segmentChannels = index.channelsOf(segment.id);
    let channelCost = 0;
    for (const channel of segmentChannels) {
      const kept = channelResults.get(channel);
      if (kept) channelCost += segmentShareOf(kept.economics, segment.id);
    }
    return evaluateSegment({
      segment,
      relationships: index.relationshipsOf(segment.id),
      tactics: index.tacticsOf(segment.id),
      channels: segmentChannels,
      settings,
      channelCost,
    });
  });

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
    findings: sortedFindings([...channels, ...segments].map((result) => result.findings)),
  };
}
