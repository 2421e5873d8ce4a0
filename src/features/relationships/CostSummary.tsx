import { useTranslation } from '@/i18n/useTranslation';

import type { RelationshipCostBreakdown } from '@/domain';

type Props = { breakdown: RelationshipCostBreakdown | undefined; currency: string };

/**
 * Whether two breakdowns read the same in the summary: each evaluation brings new objects, and
 * the relationship's editor (dozens of fields) renders again only when its figures change.
 */
export function sameCostSummary(
  a: RelationshipCostBreakdown | undefined,
  b: RelationshipCostBreakdown | undefined,
): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.total === b.total &&
      a.perCustomer === b.perCustomer &&
      a.served === b.served)
  );
}

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
