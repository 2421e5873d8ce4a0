import { useTranslation } from 'react-i18next';

import type { RelationshipCostBreakdown } from '@/domain';

type Props = { breakdown: RelationshipCostBreakdown | undefined; currency: string };

/** The domain's cost of one relationship, as computed by `evaluateCanvas` (formatting only). */
export function CostSummary({ breakdown, currency }: Props) {
  const { t } = useTranslation();
  if (!breakdown) return null;
  return (
    <p className="cost-summary" aria-live="polite">
      {t('workbench:cost.total', { total: breakdown.total, currency })}
      {' · '}
      {breakdown.perCustomer === null
        ? t('workbench:cost.nobodyServed')
        : t('workbench:cost.perCustomer', {
            perCustomer: breakdown.perCustomer,
            served: breakdown.served,
            currency,
          })}
    </p>
  );
}
