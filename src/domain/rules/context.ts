/**
 * What a rule sees: one segment with everything attached to it, looked up once per run so
 * that no rule scans the whole canvas (evaluateCanvas must stay fast at 1,000 segments).
 */
import type { Canvas, Channel, Id, RuleSettings } from '../schema';
import { buildSegmentContexts, type SegmentContext } from '../segmentContext';
import type { SegmentEconomics, Severity } from '../types';

/**
 * The cost model's segment context (rels(s), segChannels(s), tactics) with its economics
 * (undefined only if the caller passed none for this segment).
 */
export type SegmentView = SegmentContext;

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

/** A segment's context with its economics (a copy: the caller's contexts stay as they are). */
function viewOf(
  context: SegmentContext,
  economics: SegmentEconomics | undefined,
): SegmentView {
  // an explicit literal: spreading the context took V8's slow path (~1 µs per segment)
  return {
    segment: context.segment,
    settings: context.settings,
    params: context.params,
    relationships: context.relationships,
    tactics: context.tactics,
    channels: context.channels,
    partnerMarginRate: context.partnerMarginRate,
    revenuePerCustomer: context.revenuePerCustomer,
    economics,
  };
}

/** One view per segment, in canvas order; linear in the size of the canvas. */
export function buildSegmentViews(
  canvas: Canvas,
  economics: ReadonlyMap<Id, SegmentEconomics>,
): SegmentView[] {
  const contexts = buildSegmentContexts(canvas);
  const views: SegmentView[] = [];
  for (const segment of canvas.segments) {
    const context = contexts.get(segment.id);
    if (context) views.push(viewOf(context, economics.get(segment.id)));
  }
  return views;
}

/**
 * A hit for each item `toHit` accepts, or null; allocates nothing when all is well.
 * `toHit` gets the view and context as arguments, so it can be a module-level function: a
 * closure would be allocated for every segment on every evaluation.
 */
export function hitsFor<T>(
  items: readonly T[],
  view: SegmentView,
  ctx: RuleContext,
  toHit: (item: T, view: SegmentView, ctx: RuleContext) => Hit | null,
): Hit[] | null {
  let hits: Hit[] | null = null;
  for (const item of items) {
    const hit = toHit(item, view, ctx);
    if (hit) (hits ??= []).push(hit);
  }
  return hits;
}
