import { useTranslation } from '@/i18n/useTranslation';

import { SegmentBreakEven } from '@/components/breakEven/SegmentBreakEven';

import type { Canvas, Evaluation, Segment } from '@/domain';
import { evaluationSelectors } from '@/store/selectors';

import { ECONOMICS_FIGURES, useFigureText } from '@/hooks/useFigureText';

type Props = { canvas: Canvas; evaluation: Evaluation; segment: Segment };

/**
 * One segment's economics as large figures, straight from the domain's evaluation, then its
 * break-even chart (with the table of its points) so the class sees the staff steps.
 */
export function EconomicsSlide({ canvas, evaluation, segment }: Props) {
  const { t } = useTranslation();
  const figureText = useFigureText(canvas.currency);
  const economics = evaluationSelectors.economicsOf(evaluation, segment.id);
  if (!economics) return <p className="slide__empty">{t('classroom:present.noEconomics')}</p>;
  return (
    <div className="slide__body">
      <dl className="slide__figures">
        {ECONOMICS_FIGURES.map((figure) => {
          const text = figureText(figure, economics);
          return (
            <div key={figure.key} className="slide__figure">
              <dt>{text.label}</dt>
              <dd>
                <span className="slide__figure-value">{text.value}</span>
                {text.reason && <span className="slide__figure-reason">{text.reason}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      <SegmentBreakEven
        canvas={canvas}
        economics={economics}
        subject={segment.name.trim() || t('classroom:present.unnamedSegment')}
        paper
      />
    </div>
  );
}
