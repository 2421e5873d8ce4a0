import { useTranslation } from '@/i18n/useTranslation';

import type { Segment, SegmentEconomics } from '@/domain';
import type { Format } from '@/hooks/useFormat';

type Props = {
  rows: readonly { segment: Segment; economics: SegmentEconomics }[];
  currency: string;
  format: Format;
};

/** The comparison as a data table: the chart's text alternative. */
export function CompareTable({ rows, currency, format }: Props) {
  const { t } = useTranslation();
  const cell = (value: number | null, text: (v: number) => string) =>
    value === null ? t('results:compare.notAvailable') : text(value);
  return (
    <table className="compare-table">
      <caption>{t('results:compare.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results:compare.segment')}</th>
          <th scope="col">{t('domain:metrics.costPerCustomer')}</th>
          <th scope="col">{t('domain:metrics.relationshipBudget')}</th>
          <th scope="col">{t('domain:metrics.headroom')}</th>
          <th scope="col">{t('domain:metrics.costShare')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ segment, economics: e }) => (
          <tr key={segment.id}>
            <th scope="row">
              {segment.label ? `${segment.label} · ` : ''}
              {segment.name || t('editor:segment.unnamed')}
            </th>
            <td>{cell(e.costPerCustomer, (v) => format.money(v, currency))}</td>
            <td>{cell(e.relationshipBudget, (v) => format.money(v, currency))}</td>
            <td>{cell(e.headroom, (v) => format.money(v, currency))}</td>
            <td>{cell(e.costShare, (v) => format.percent(v))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
