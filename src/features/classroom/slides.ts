import { hasChannelAnswers } from '@/components/channelAnswers/ChannelAnswers';
import { hasChecklist } from '@/components/channelAnswers/ChecklistSummary';
import type { Canvas, Evaluation, Finding, Id } from '@/domain';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/domain';
import { evaluationSelectors } from '@/store/selectors';

export type Slide =
  | { kind: 'title' }
  | { kind: 'block'; block: CanvasBlockId }
  | { kind: 'relationships'; segmentId: Id }
  | { kind: 'economics'; segmentId: Id }
  /** the segment's answers to the channel questions (§9.7), when it has any */
  | { kind: 'channelAnswers'; segmentId: Id }
  /** the canvas' channel innovation checklist (§9.7), once anything is answered or done */
  | { kind: 'checklist' }
  /** `segmentId` null: findings about the canvas as a whole */
  | { kind: 'findings'; segmentId: Id | null; findings: Finding[] };

/** Findings that name no segment, directly or through their entities. */
function canvasWideFindings(canvas: Canvas, evaluation: Evaluation): Finding[] {
  const segmentIds = new Set(canvas.segments.map((s) => s.id));
  return evaluation.findings.filter(
    (f) =>
      !(f.segmentId && segmentIds.has(f.segmentId)) &&
      !f.entityIds.some((id) => segmentIds.has(id)),
  );
}

/**
 * The presentation of a canvas: a title, the nine blocks, the channel checklist if used, then
 * each segment's channel answers (if any), relationships, economics and findings, and last any
 * findings about the canvas as a whole.
 */
export function buildSlides(canvas: Canvas, evaluation: Evaluation): Slide[] {
  // Spec decision: a title slide opens the deck, and findings that name no segment get a last slide.
  const slides: Slide[] = [
    { kind: 'title' },
    ...CANVAS_BLOCKS.map((block) => ({ kind: 'block' as const, block })),
  ];
  if (hasChecklist(canvas)) slides.push({ kind: 'checklist' });
  for (const segment of canvas.segments) {
    if (hasChannelAnswers(segment)) slides.push({ kind: 'channelAnswers', segmentId: segment.id });
    slides.push(
      { kind: 'relationships', segmentId: segment.id },
      { kind: 'economics', segmentId: segment.id },
      {
        kind: 'findings',
        segmentId: segment.id,
        findings: evaluationSelectors.findingsFor(evaluation, segment.id),
      },
    );
  }
  const general = canvasWideFindings(canvas, evaluation);
  if (general.length > 0) slides.push({ kind: 'findings', segmentId: null, findings: general });
  return slides;
}

/** How many items the presenter reveals one by one on this slide. */
export function revealableCount(slide: Slide | undefined): number {
  return slide?.kind === 'findings' ? slide.findings.length : 0;
}
