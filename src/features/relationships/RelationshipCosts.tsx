import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, RelationshipAssignment, SegmentEconomics } from '@/domain';

type Props = {
  canvas: Canvas;
  rels: RelationshipAssignment[];
  economics: SegmentEconomics | undefined;
};

/** Q3: what each relationship costs, exactly as the domain computed it (formatting only). */
export function RelationshipCosts({ canvas, rels, economics }: Props) {
  const { t } = useTranslation();
  const currency = canvas.currency;
  if (rels.length === 0 || !economics)
    return <p className="workbench__empty">{t('workbench:questions.q3.none')}</p>;
  return (
    <>
      <div className="wb-table-scroll">
        <table className="cost-table">
          <caption className="visually-hidden">{t('workbench:questions.q3.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workbench:questions.q3.type')}</th>
              <th scope="col">{t('workbench:questions.q3.served')}</th>
              <th scope="col">{t('workbench:questions.q3.monthly')}</th>
              <th scope="col">{t('workbench:questions.q3.perCustomer')}</th>
            </tr>
          </thead>
          <tbody>
            {economics.breakdown.map((b) => (
              <tr key={b.relationshipId}>
                <th scope="row">{t(`common:enum.relationshipType.${b.type}`)}</th>
                <td>{t('workbench:value.number', { value: b.served })}</td>
                <td>{t('workbench:value.money', { value: b.total, currency })}</td>
                <td>
                  {b.perCustomer === null
                    ? t('workbench:value.none')
                    : t('workbench:value.money', { value: b.perCustomer, currency })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="questions__total" aria-live="polite">
        {t('workbench:questions.q3.total', { total: economics.relationshipCost, currency })}
        {economics.costPerCustomer !== null && economics.relationshipBudget !== null && (
          <>
            {' '}
            {t('workbench:questions.q3.budget', {
              perCustomer: economics.costPerCustomer,
              budget: economics.relationshipBudget,
              currency,
            })}
          </>
        )}
      </p>
      {economics.breakdown.map((b) => (
        <details key={b.relationshipId} className="explain">
          <summary>
            {t('workbench:questions.q3.how', { type: t(`common:enum.relationshipType.${b.type}`) })}
          </summary>
          <ol className="explain__steps">
            {b.explain.map((step, i) => (
              <li key={i}>{t(step.key, { ...step.values, currency })}</li>
            ))}
          </ol>
        </details>
      ))}
    </>
  );
}
