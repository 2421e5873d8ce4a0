import { describe, expect, it } from 'vitest';

import { createEmptyCanvas, createSegment } from '@/domain';
import { getExampleCanvases } from '@/domain/examples';
import { buildSlides, revealableCount } from '@/features/classroom/slides';
import { CANVAS_BLOCKS } from '@/domain';
import { evaluationOf, evaluationSelectors } from '@/store/selectors';

describe('buildSlides', () => {
  it('should tell the story block by block, then segment by segment', () => {
    const canvas = getExampleCanvases('en')[0];
    if (!canvas) throw new Error('no example');
    const evaluation = evaluationOf(canvas);
    const slides = buildSlides(canvas, evaluation);

    expect(slides[0]).toEqual({ kind: 'title' });
    expect(slides.slice(1, 10)).toEqual(CANVAS_BLOCKS.map((block) => ({ kind: 'block', block })));
    expect(CANVAS_BLOCKS.slice(0, 4)).toEqual([
      'customerSegments',
      'valuePropositions',
      'channels',
      'customerRelationships',
    ]);
    canvas.segments.forEach((segment, i) => {
      const [relationships, economics, findings] = slides.slice(10 + 3 * i, 13 + 3 * i);
      expect(relationships).toEqual({ kind: 'relationships', segmentId: segment.id });
      expect(economics).toEqual({ kind: 'economics', segmentId: segment.id });
      expect(findings).toEqual({
        kind: 'findings',
        segmentId: segment.id,
        findings: evaluationSelectors.findingsFor(evaluation, segment.id),
      });
    });
  });

  it('should end with findings about the canvas as a whole when there are any', () => {
    const canvas = {
      ...createEmptyCanvas({ name: 'Empty' }),
      segments: [createSegment({ name: 'Walk-ins' })],
    };
    const evaluation = evaluationOf(canvas);
    const general = {
      ruleId: 'CR99',
      severity: 'hint' as const,
      entityIds: [],
      messageKey: 'rules:CR01.message',
    };
    const slides = buildSlides(canvas, {
      ...evaluation,
      findings: [...evaluation.findings, general],
    });
    expect(slides).toHaveLength(1 + 9 + 3 + 1);
    expect(slides.at(-1)).toEqual({ kind: 'findings', segmentId: null, findings: [general] });
  });

  it('should count the findings a slide reveals one by one', () => {
    const canvas = { ...createEmptyCanvas(), segments: [createSegment({ name: 'Walk-ins' })] };
    const slides = buildSlides(canvas, evaluationOf(canvas));
    const findingsSlide = slides.find((slide) => slide.kind === 'findings');
    expect(findingsSlide && revealableCount(findingsSlide)).toBeGreaterThan(0);
    expect(slides.filter((slide) => slide.kind !== 'findings').map(revealableCount)).toEqual(
      Array(slides.length - 1).fill(0),
    );
  });
});
