import { useTranslation } from '@/i18n/useTranslation';

import type { RelationshipCostBreakdown } from '@/domain';
import type { Format } from '@/hooks/useFormat';

import { MetricRow } from './MetricRow';

type Props = {
  breakdown: readonly RelationshipCostBreakdown[];
  currency: string;
  format: Format;
};

/** What each relationship of the segment costs a month, with its own calculation steps. */
export function RelationshipBreakdown({ breakdown, currency, format }: Props) {
  const { t } = useTranslation();
  if (breakdown.length === 0)
    return <p className="economics-card__empty">{t('results:economics.noRelationships')}</p>;
  return (
    <dl className="metrics metrics--breakdown">
      {breakdown.map((b) => (
        <MetricRow
          key={b.relationshipId}
          label={t(`common:enum.relationshipType.${b.type}`)}
          value={format.perMonth(b.total, currency)}
          steps={b.explain}
          currency={currency}
          note={
            <>
              {t('results:economics.served', { value: format.decimal(b.served, 0) })}
              {b.perCustomer !== null && (
                <>
                  {' '}
                  ·{' '}
                  {t('results:economics.perCustomer', {
                    value: format.money(b.perCustomer, currency),
                  })}
                </>
              )}
              {b.savingsMonthly > 0 && (
                <>
                  {' '}
                  ·{' '}
                  {t('results:economics.savings', {
                    value: format.perMonth(b.savingsMonthly, currency),
                  })}
                </>
              )}
            </>
          }
        />
      ))}
    </dl>
  );
}
