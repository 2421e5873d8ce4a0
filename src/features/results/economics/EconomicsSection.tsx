import { useTranslation } from '@/i18n/useTranslation';

import type { Results } from '@/store/selectors';

import { EconomicsTargets } from './EconomicsTargets';
import { SegmentEconomicsCard } from './SegmentEconomicsCard';

/** The targets, then one economics card per segment in canvas order, all of the panel's version. */
export function EconomicsSection({ results }: { results: Results }) {
  const { t } = useTranslation();
  const { canvas } = results;
  return (
    <div className="economics-section">
      <EconomicsTargets canvas={canvas} />
      {canvas.segments.length === 0 ? (
        <p className="economics-section__empty">{t('results:economics.noSegments')}</p>
      ) : (
        canvas.segments.map((segment) => (
          <SegmentEconomicsCard key={segment.id} results={results} segmentId={segment.id} />
        ))
      )}
    </div>
  );
}
