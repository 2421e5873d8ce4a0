import { useTranslation } from '@/i18n/useTranslation';

import { BudgetBar } from '@/components/BudgetBar';
import type { SegmentEconomics } from '@/domain';
import type { Format } from '@/hooks/useFormat';

type Props = { economics: SegmentEconomics; currency: string; format: Format };

/** Cost per customer against the relationship budget, in words and as a bar. */
export function BudgetSummary({ economics, currency, format }: Props) {
  const { t } = useTranslation();
  const { costPerCustomer: cost, relationshipBudget: budget, headroom, nullReasons } = economics;
  const reason = (r: string | undefined) => (r ? t(`domain:nullReasons.${r}`) : '');
  const over = headroom !== null && headroom < 0;
  // the scale only places the picture; the figures below are the domain's
  const scale = Math.max(cost ?? 0, budget ?? 0) * 1.15;

  return (
    <div className="budget-summary">
      <p className="budget-summary__text">
        {cost === null
          ? t('results:budget.noCost', { reason: reason(nullReasons.costPerCustomer) })
          : budget === null
            ? t('results:budget.costOnly', { cost: format.money(cost, currency) })
            : t('results:budget.costAgainstBudget', {
                cost: format.money(cost, currency),
                budget: format.money(budget, currency),
              })}
      </p>
      {(cost !== null || budget !== null) && (
        <BudgetBar cost={cost} budget={budget} scale={scale} over={over} />
      )}
      {budget === null && cost !== null && (
        <p className="budget-summary__status">
          {t('results:budget.noBudget', { reason: reason(nullReasons.relationshipBudget) })}
        </p>
      )}
      {budget !== null && budget < 0 && (
        <p className="budget-summary__status budget-summary__status--over">
          {t('results:budget.negative')}
        </p>
      )}
      {headroom !== null && (
        <p className={`budget-summary__status budget-summary__status--${over ? 'over' : 'ok'}`}>
          <span aria-hidden="true">{over ? '✗ ' : '✓ '}</span>
          {over
            ? t('results:budget.over', { value: format.money(Math.abs(headroom), currency) })
            : t('results:budget.headroom', { value: format.money(headroom, currency) })}
        </p>
      )}
    </div>
  );
}
