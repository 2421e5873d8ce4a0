import { useTranslation } from 'react-i18next';

import type { Canvas } from '@/domain';

import { EconomicsTargets } from './EconomicsTargets';
import { SegmentEconomicsCard } from './SegmentEconomicsCard';

/** The targets, then one economics card per segment in canvas order. */
export function EconomicsSection({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  return (
    <div className="economics-section">
      <EconomicsTargets canvas={canvas} />
      {canvas.segments.length === 0 ? (
        <p className="economics-section__empty">{t('results:economics.noSegments')}</p>
      ) : (
        canvas.segments.map((segment) => (
          <SegmentEconomicsCard key={segment.id} segmentId={segment.id} />
        ))
      )}
    </div>
  );
}
