import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { BudgetBar } from '@/components/BudgetBar';
import { SegmentTag } from '@/components/SegmentTag';
import { TableScroller } from '@/components/TableScroller';
import type { Canvas, Evaluation } from '@/domain';
import { useFormat } from '@/hooks/useFormat';
import { evaluationSelectors } from '@/store/selectors';

import { CompareTable } from './CompareTable';
import './compare.css';

type Props = { canvas: Canvas; evaluation: Evaluation };

/** Placement of a value on a bar, clamped to the track. */
const at = (value: number, scale: number) =>
  `${Math.min(100, Math.max(0, (value / (scale || 1)) * 100))}%`;

/**
 * Segments side by side: cost per customer against budget, and cost share against the cap.
 * The bars are pictures (hidden from screen readers); the same figures are in the table.
 */
export function CompareChart({ canvas, evaluation }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showTable, setShowTable] = useState(false);
  const { currency } = canvas;
  const maxShare = canvas.settings.rules.maxCostShare;
  const rows = canvas.segments.flatMap((segment) => {
    const economics = evaluationSelectors.economicsOf(evaluation, segment.id);
    return economics ? [{ segment, economics }] : [];
  });
  if (rows.length === 0) return <p className="compare__empty">{t('results:compare.empty')}</p>;

  // the scales only place the bars; every figure shown is the domain's
  const moneyScale =
    Math.max(
      ...rows.flatMap(({ economics: e }) => [e.costPerCustomer ?? 0, e.relationshipBudget ?? 0]),
    ) * 1.1;
  const shareScale = Math.max(maxShare, ...rows.map(({ economics: e }) => e.costShare ?? 0)) * 1.1;

  return (
    <div className="compare">
      <figure className="compare__figure" aria-hidden="true">
        <figcaption className="compare__caption">{t('results:compare.costTitle')}</figcaption>
        <p className="compare__legend">
          <span className="compare__key compare__key--cost" /> {t('results:compare.legendCost')}
          <span className="compare__key compare__key--budget" /> {t('results:compare.legendBudget')}
        </p>
        <ul className="compare__rows">
          {rows.map(({ segment, economics: e }) => (
            <li key={segment.id} className="compare__row">
              <SegmentTag segment={segment} />
              <BudgetBar
                cost={e.costPerCustomer}
                budget={e.relationshipBudget}
                scale={moneyScale}
                over={e.headroom !== null && e.headroom < 0}
              />
              <span className="compare__value">
                {format.money(e.costPerCustomer, currency)} /{' '}
                {format.money(e.relationshipBudget, currency)}
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <figure className="compare__figure" aria-hidden="true">
        <figcaption className="compare__caption">
          {t('results:compare.shareTitle', { max: format.percent(maxShare) })}
        </figcaption>
        <ul className="compare__rows">
          {rows.map(({ segment, economics: e }) => (
            <li key={segment.id} className="compare__row">
              <SegmentTag segment={segment} />
              <div className="budget-bar">
                {e.costShare !== null && (
                  <span
                    className="budget-bar__fill budget-bar__fill--share"
                    style={{ width: at(e.costShare, shareScale) }}
                  />
                )}
                <span className="budget-bar__budget" style={{ left: at(maxShare, shareScale) }} />
              </div>
              <span className="compare__value">{format.percent(e.costShare)}</span>
            </li>
          ))}
        </ul>
      </figure>
      <button
        type="button"
        className="button button--small"
        aria-expanded={showTable}
        onClick={() => setShowTable((s) => !s)}
      >
        {showTable ? t('results:compare.hideTable') : t('results:compare.showTable')}
      </button>
      {/* always in the accessibility tree; shown on screen on request */}
      {showTable ? (
        <TableScroller label={t('results:compare.tableCaption')}>
          <CompareTable rows={rows} currency={currency} format={format} />
        </TableScroller>
      ) : (
        <div className="visually-hidden">
          <CompareTable rows={rows} currency={currency} format={format} />
        </div>
      )}
    </div>
  );
}
