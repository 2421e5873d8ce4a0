import { useTranslation } from '@/i18n/useTranslation';

import { BudgetBar } from '@/components/BudgetBar';
import { SeverityIcon } from '@/components/Severity';
import { TableScroller } from '@/components/TableScroller';
import type { Canvas, Finding, SegmentEconomics } from '@/domain';
import { useFormat, type Format } from '@/hooks/useFormat';
import { diffFindings } from '@/lib/findingDiff';
import { findingText } from '@/lib/findingText';

type Side = { economics: SegmentEconomics; findings: readonly Finding[] };
type Props = { canvas: Canvas; current: Side; scenario: Side };

type Row = { label: string; show: (e: SegmentEconomics) => string };

const rowsOf = (t: (key: string) => string, format: Format, currency: string): Row[] => [
  {
    label: t('domain:metrics.relationshipCost'),
    show: (e) => format.money(e.relationshipCost, currency),
  },
  {
    label: t('domain:metrics.costPerCustomer'),
    show: (e) => format.money(e.costPerCustomer, currency),
  },
  {
    label: t('domain:metrics.relationshipBudget'),
    show: (e) => format.money(e.relationshipBudget, currency),
  },
  { label: t('domain:metrics.headroom'), show: (e) => format.money(e.headroom, currency) },
  { label: t('domain:metrics.costShare'), show: (e) => format.percent(e.costShare) },
  { label: t('domain:metrics.ltvToCac'), show: (e) => format.ratio(e.ltvToCac) },
  { label: t('domain:metrics.paybackMonths'), show: (e) => format.months(e.paybackMonths) },
];

/** Current and scenario side by side: the key figures, the budget bars and the findings that change. */
export function ScenarioComparison({ canvas, current, scenario }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { currency } = canvas;
  const { added, resolved } = diffFindings(current.findings, scenario.findings);
  const scale =
    Math.max(
      ...[current.economics, scenario.economics].flatMap((e) => [
        e.costPerCustomer ?? 0,
        e.relationshipBudget ?? 0,
      ]),
    ) * 1.1;
  const findingList = (findings: Finding[]) => (
    <ul className="scenario-findings">
      {findings.map((f, index) => (
        <li key={`${f.ruleId}-${index}`} className={`severity--${f.severity}`}>
          <SeverityIcon severity={f.severity} />
          <span className="visually-hidden">{t(`results:severity.${f.severity}`)}: </span>
          {findingText(t, f, currency).message}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="scenario-comparison">
      <p className="visually-hidden" role="status">
        {t('results:scenario.liveSummary', {
          cost: format.money(scenario.economics.costPerCustomer, currency),
          share: format.percent(scenario.economics.costShare),
        })}
      </p>
      <TableScroller label={t('results:scenario.compareCaption')}>
        <table className="compare-table scenario-table">
          <caption>{t('results:scenario.compareCaption')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('results:scenario.current')}</th>
              <th scope="col">{t('results:scenario.scenario')}</th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(t, format, currency).map((row) => {
              const before = row.show(current.economics);
              const after = row.show(scenario.economics);
              return (
                <tr
                  key={row.label}
                  className={before === after ? undefined : 'scenario-table__changed'}
                >
                  <th scope="row">{row.label}</th>
                  <td>{before}</td>
                  <td>{after}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
      <div className="scenario-bars" aria-hidden="true">
        {[
          { key: 'current', label: t('results:scenario.current'), e: current.economics },
          { key: 'scenario', label: t('results:scenario.scenario'), e: scenario.economics },
        ].map(({ key, label, e }) => (
          <div key={key} className="scenario-bars__row">
            <span>{label}</span>
            <BudgetBar
              cost={e.costPerCustomer}
              budget={e.relationshipBudget}
              scale={scale}
              over={e.headroom !== null && e.headroom < 0}
            />
          </div>
        ))}
      </div>
      <h3 className="scenario-comparison__title">{t('results:scenario.findingsTitle')}</h3>
      {added.length === 0 && resolved.length === 0 ? (
        <p>{t('results:scenario.sameFindings', { count: scenario.findings.length })}</p>
      ) : (
        <>
          {added.length > 0 && (
            <>
              <h4 className="scenario-comparison__subtitle">
                {t('results:scenario.added', { count: added.length })}
              </h4>
              {findingList(added)}
            </>
          )}
          {resolved.length > 0 && (
            <>
              <h4 className="scenario-comparison__subtitle">
                {t('results:scenario.resolved', { count: resolved.length })}
              </h4>
              {findingList(resolved)}
            </>
          )}
        </>
      )}
    </div>
  );
}
