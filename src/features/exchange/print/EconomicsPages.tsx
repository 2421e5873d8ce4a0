import { useTranslation } from '@/i18n/useTranslation';

import { SegmentBreakEven } from '@/components/breakEven/SegmentBreakEven';
import { SegmentTag } from '@/components/SegmentTag';
import type { Canvas, Evaluation, SegmentEconomics } from '@/domain';
import { ECONOMICS_FIGURES, useFigureText } from '@/hooks/useFigureText';

type Props = { canvas: Canvas; evaluation: Evaluation };

// Segments side by side, a few per table, so the columns stay readable on paper.
const SEGMENTS_PER_TABLE = 4;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Each segment's economics as printed tables (figures down, segments across), then each
 * segment's break-even chart beside the table of its points.
 */
export function EconomicsPages({ canvas, evaluation }: Props) {
  const { t } = useTranslation();
  const figureText = useFigureText(canvas.currency);
  const groups = chunks(evaluation.segments, SEGMENTS_PER_TABLE);
  const segmentOf = (economics: SegmentEconomics) =>
    canvas.segments.find((s) => s.id === economics.segmentId);
  return (
    <section className="print-page print-section">
      <h2 className="print-section__title">{t('classroom:print.page.economics')}</h2>
      {groups.length === 0 && <p>{t('classroom:print.noSegments')}</p>}
      {groups.map((group, index) => (
        <table key={index} className="print-table">
          <thead>
            <tr>
              <th scope="col">{t('classroom:print.figure')}</th>
              {group.map((economics) => {
                const segment = segmentOf(economics);
                return (
                  <th key={economics.segmentId} scope="col">
                    {segment && <SegmentTag segment={segment} />}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {ECONOMICS_FIGURES.map((figure) => (
              <tr key={figure.key}>
                <th scope="row">{t(`domain:metrics.${figure.key}`)}</th>
                {group.map((economics) => {
                  const text = figureText(figure, economics);
                  return (
                    <td key={economics.segmentId}>
                      {text.value}
                      {text.reason && <span className="print-table__reason">{text.reason}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {evaluation.segments.map((economics) => {
        const segment = segmentOf(economics);
        return (
          <div key={economics.segmentId} className="print-section__chart">
            <SegmentBreakEven
              canvas={canvas}
              economics={economics}
              subject={segment?.name.trim() || t('classroom:present.unnamedSegment')}
              paper
            />
          </div>
        );
      })}
    </section>
  );
}
