import { useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { evaluateCanvas, type Canvas } from '@/domain';
import { useFormat } from '@/hooks/useFormat';

/** A canvas at a glance, read-only: revenue, and each segment's customers, revenue and relationships. */
export function CanvasOverview({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const format = useFormat();
  const evaluation = useMemo(() => evaluateCanvas(canvas), [canvas]);
  const economics = new Map(evaluation.segments.map((s) => [s.segmentId, s]));
  return (
    <>
      <p className="handins__canvas-name">{canvas.name}</p>
      <p>
        {t('dashboard:figure.revenue')}:{' '}
        {format.perMonth(evaluation.totals.revenue, canvas.currency)}
      </p>
      {canvas.segments.length === 0 ? (
        <p>{t('versions:instructor.noSegments')}</p>
      ) : (
        <ul aria-label={t('versions:instructor.segments')} className="handins__segments">
          {canvas.segments.map((segment) => {
            const types = canvas.relationships
              .filter((r) => r.segmentId === segment.id)
              .map((r) => t(`common:enum.relationshipType.${r.type}`));
            return (
              <li key={segment.id}>
                <strong>{segment.name}</strong>: {format.customers(segment.size)} ·{' '}
                {format.perMonth(economics.get(segment.id)?.revenue, canvas.currency)}
                {types.length > 0 && ` · ${types.join(', ')}`}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
