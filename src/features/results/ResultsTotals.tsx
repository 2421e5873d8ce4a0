import { useTranslation } from '@/i18n/useTranslation';

import { SeverityIcon } from '@/components/Severity';
import { SEVERITIES, type Canvas, type Evaluation } from '@/domain';
import { useFormat } from '@/hooks/useFormat';

type Props = { canvas: Canvas; evaluation: Evaluation };

/** One line for the whole canvas: revenue, relationship cost, its share, and findings by severity. */
export function ResultsTotals({ canvas, evaluation }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals, findings } = evaluation;
  return (
    <div className="results-totals">
      <dl className="results-totals__figures">
        <div>
          <dt>{t('results:totals.revenue')}</dt>
          <dd>{format.perMonth(totals.revenue, canvas.currency)}</dd>
        </div>
        <div>
          <dt>{t('results:totals.relationshipCost')}</dt>
          <dd>{format.perMonth(totals.relationshipCost, canvas.currency)}</dd>
        </div>
        <div>
          <dt>{t('results:totals.costShare')}</dt>
          <dd>{format.percent(totals.costShare)}</dd>
        </div>
      </dl>
      <p className="results-totals__severities">
        {SEVERITIES.map((severity) => (
          <span key={severity} className={`results-totals__severity severity--${severity}`}>
            <SeverityIcon severity={severity} />
            {t(`results:findings.count.${severity}`, {
              count: findings.filter((f) => f.severity === severity).length,
            })}
          </span>
        ))}
      </p>
    </div>
  );
}
