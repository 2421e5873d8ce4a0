import { useTranslation } from 'react-i18next';

import type { Canvas, Evaluation, Segment } from '@/domain';
import { evaluationSelectors } from '@/store/selectors';

import { ECONOMICS_FIGURES, useFigureText } from '@/hooks/useFigureText';

type Props = { canvas: Canvas; evaluation: Evaluation; segment: Segment };

/** One segment's economics as large figures, straight from the domain's evaluation. */
export function EconomicsSlide({ canvas, evaluation, segment }: Props) {
  const { t } = useTranslation();
  const figureText = useFigureText(canvas.currency);
  const economics = evaluationSelectors.economicsOf(evaluation, segment.id);
  if (!economics) return <p className="slide__empty">{t('classroom:present.noEconomics')}</p>;
  return (
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
  );
}
