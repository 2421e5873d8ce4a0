import type { Canvas, FunnelStep, Segment, Tactic } from '@/domain';

export const FUNNEL_VIEWS = ['physical', 'web'] as const;
export type FunnelView = (typeof FUNNEL_VIEWS)[number];

/** Blank's two get funnels; the viral loop feeds either one back to its first step. */
export const FUNNEL_STEPS_BY_VIEW: Record<FunnelView, readonly FunnelStep[]> = {
  physical: ['awareness', 'interest', 'consideration', 'purchase'],
  web: ['acquire', 'activate'],
};

export const VIRAL_LOOP: FunnelStep = 'viral_loop';

const viewOfStep = (step: FunnelStep | undefined): FunnelView | null =>
  FUNNEL_VIEWS.find((view) => step !== undefined && FUNNEL_STEPS_BY_VIEW[view].includes(step)) ??
  null;

/**
 * The funnel to show first: the one the segment's get tactics already use; else web/mobile
 * when every channel serving the segment is digital; else physical.
 */
// Spec decision: the funnel view is a way of looking, not canvas data, so it is not saved.
export function initialFunnelView(canvas: Canvas, segment: Segment): FunnelView {
  const steps = canvas.tactics
    .filter((x) => x.segmentId === segment.id && x.stage === 'get')
    .map((x) => x.funnelStep);
  const used = steps.map(viewOfStep).find((view) => view !== null);
  if (used) return used;
  const channels = canvas.channels.filter((c) => c.segmentIds.includes(segment.id));
  const digital =
    channels.length > 0 && channels.every((c) => c.medium === 'web' || c.medium === 'mobile');
  return digital ? 'web' : 'physical';
}

/** Whether a get tactic sits on `view` (its steps or the viral loop). */
export function isOnView(tactic: Tactic, view: FunnelView): boolean {
  return tactic.funnelStep === VIRAL_LOOP || viewOfStep(tactic.funnelStep) === view;
}

/** The steps a get tactic may take on `view`, keeping a step from the other funnel it already has. */
export function stepOptions(view: FunnelView, current: FunnelStep | undefined): FunnelStep[] {
  const steps = [...FUNNEL_STEPS_BY_VIEW[view], VIRAL_LOOP];
  return current && !steps.includes(current) ? [...steps, current] : steps;
}
