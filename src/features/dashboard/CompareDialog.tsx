import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { useFormat } from '@/hooks/useFormat';
import { SegmentTag } from '@/components/SegmentTag';
import { SEVERITIES, type SegmentEconomics } from '@/domain';

import type { CanvasSummary, SeverityCounts } from './classSummary';

type Props = { summaries: readonly CanvasSummary[]; onClose: () => void };

type Row = {
  revenue: number | null;
  relationshipCost: number | null;
  costShare: number | null;
  ltvToCac: number | null;
  counts: SeverityCounts;
};

/**
 * Two to four canvases in one table: per canvas its totals, then each segment's relationship
 * mix (what each relationship costs a month), economics and findings.
 */
export function CompareDialog({ summaries, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = [
    t('dashboard:compare.segment'),
    t('dashboard:compare.mix'),
    t('domain:metrics.revenue'),
    t('domain:metrics.relationshipCost'),
    t('domain:metrics.costShare'),
    t('domain:metrics.ltvToCac'),
    ...SEVERITIES.map((s) => t(`dashboard:compare.${s}`)),
  ];
  const perMonth = (value: number | null, currency: string) =>
    value === null
      ? format.money(null, currency)
      : t('dashboard:value.perMonth', { value: format.money(value, currency) });
  const figures = (row: Row, currency: string) => (
    <>
      <td>{perMonth(row.revenue, currency)}</td>
      <td>{perMonth(row.relationshipCost, currency)}</td>
      <td>{format.percent(row.costShare)}</td>
      <td>
        {row.ltvToCac === null
          ? format.decimal(null)
          : t('dashboard:value.ratio', { value: format.decimal(row.ltvToCac, 1) })}
      </td>
      {SEVERITIES.map((s) => (
        <td key={s}>{format.decimal(row.counts[s], 0)}</td>
      ))}
    </>
  );
  const mix = (economics: SegmentEconomics | undefined, currency: string) =>
    economics && economics.breakdown.length > 0 ? (
      <ul className="compare-mix">
        {economics.breakdown.map((b) => (
          <li key={b.relationshipId}>
            {t(`common:enum.relationshipType.${b.type}`)}: {perMonth(b.total, currency)}
          </li>
        ))}
      </ul>
    ) : (
      t('dashboard:card.noRelationship')
    );

  return (
    <Dialog title={t('dashboard:compare.title')} onClose={onClose} size="wide">
      <div
        className="compare-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('dashboard:compare.title')}
      >
        <table className="class-compare">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {summaries.map(({ entry, evaluation, segments, counts }) => {
            const { currency } = entry.canvas;
            return (
              <tbody key={entry.id}>
                <tr className="class-compare__canvas">
                  <th scope="rowgroup" colSpan={columns.length}>
                    {entry.name || entry.canvas.name}
                  </th>
                </tr>
                <tr>
                  <th scope="row">{t('dashboard:compare.whole')}</th>
                  <td />
                  {figures({ ...evaluation.totals, ltvToCac: null, counts }, currency)}
                </tr>
                {segments.map(({ segment, economics, counts: own }) => (
                  <tr key={segment.id}>
                    <th scope="row">
                      <SegmentTag segment={segment} />
                    </th>
                    <td>{mix(economics, currency)}</td>
                    {figures(
                      {
                        revenue: economics?.revenue ?? null,
                        relationshipCost: economics?.relationshipCost ?? null,
                        costShare: economics?.costShare ?? null,
                        ltvToCac: economics?.ltvToCac ?? null,
                        counts: own,
                      },
                      currency,
                    )}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </Dialog>
  );
}
