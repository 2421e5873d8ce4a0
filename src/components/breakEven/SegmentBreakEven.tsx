import { useMemo } from 'react';

import { breakEvenCurve, roundFigure, type Canvas, type SegmentEconomics } from '@/domain';
import { useFormat } from '@/hooks/useFormat';

import { BreakEvenChart } from './BreakEvenChart';

type Props = {
  canvas: Canvas;
  economics: SegmentEconomics;
  subject: string;
  /** black on white, sized by its container: slides and print */
  paper?: boolean;
};

/**
 * A segment's break-even chart from the domain's curve. The range drawn is a display choice:
 * past both the segment's size and its break-even, so the crossing shows.
 */
export function SegmentBreakEven({ canvas, economics, subject, paper }: Props) {
  const format = useFormat();
  const segment = canvas.segments.find((s) => s.id === economics.segmentId);
  const size = segment?.size ?? 0;
  const upToN = Math.max(10, Math.ceil(Math.max(size, economics.breakEvenSize ?? 0) * 1.5));
  const points = useMemo(
    () => breakEvenCurve(canvas, economics.segmentId, upToN),
    [canvas, economics.segmentId, upToN],
  );
  const at =
    economics.breakEvenSize === null ? null : roundFigure('threshold', economics.breakEvenSize);
  return (
    <BreakEvenChart
      points={points}
      breakEven={at === null ? null : { size: at, text: format.decimal(at, 0) }}
      currency={canvas.currency}
      subject={subject}
      paper={paper}
    />
  );
}
