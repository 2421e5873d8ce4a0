import { memo, useId, type CSSProperties } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { SegmentTag } from '@/components/SegmentTag';
import type { Evaluation, Money, Segment } from '@/domain';
import { useFormat } from '@/hooks/useFormat';
import { evaluationSelectors } from '@/store/canvasView';

type Props = {
  segments: readonly Segment[];
  currency: string;
  evaluation: Evaluation;
  /** relationship cost (cost structure) or revenue (revenue streams), both per month */
  metric: 'relationshipCost' | 'revenue';
};

type RowProps = { segment: Segment; value: Money | null | undefined; currency: string };

// Memoised: an edit re-renders only the rows whose segment or figure changed.
const TotalRow = memo(function TotalRow({ segment, value, currency }: RowProps) {
  const format = useFormat();
  return (
    <tr>
      <th scope="row">
        <SegmentTag segment={segment} />
      </th>
      <td>{format.money(value, currency)}</td>
    </tr>
  );
});

/** Read-only figures from the evaluation, per segment and in total; nothing is computed here. */
export const ComputedTotals = memo(function ComputedTotals({
  segments,
  currency,
  evaluation,
  metric,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  if (segments.length === 0) return null;
  const title =
    metric === 'relationshipCost'
      ? t('editor:computed.relationshipCost')
      : t('editor:computed.revenue');
  return (
    <section
      className="computed"
      aria-labelledby={headingId}
      style={{ '--rows': segments.length } as CSSProperties}
    >
      <h3 id={headingId} className="computed__title">
        {title}
      </h3>
      <p className="computed__note">{t('editor:computed.readOnly')}</p>
      <table className="computed__table" aria-labelledby={headingId}>
        <tbody>
          {segments.map((segment) => (
            <TotalRow
              key={segment.id}
              segment={segment}
              value={evaluationSelectors.economicsOf(evaluation, segment.id)?.[metric]}
              currency={currency}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('editor:computed.total')}</th>
            <td>{format.money(evaluation.totals[metric], currency)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
});
