import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Tabs } from '@/components/Tabs';
import type { Canvas } from '@/domain';
import { FindingsAnnouncer, FindingsList } from '@/features/findings';
import { evaluationOf, sameApartFromNotes } from '@/store/selectors';
import { useBoardCanvas } from '@/store/useBoardCanvas';

import { CompareChart } from './compare/CompareChart';
import { EconomicsSection } from './economics/EconomicsSection';
import { ResultsTotals } from './ResultsTotals';
import './ResultsPanel.css';

type ResultsTab = 'findings' | 'economics' | 'compare';

/**
 * Memoised on the deferred canvas: a keystroke first paints the editor and the board, then React
 * renders the results in the background, interruptibly. Results say nothing of notes, so an edit
 * to a note renders none of them. A tab's content is built once it has been opened (Tabs).
 */
const ResultsContent = memo(
  function ResultsContent({ canvas }: { canvas: Canvas }) {
    const { t } = useTranslation();
    const evaluation = evaluationOf(canvas);
    const [tab, setTab] = useState<ResultsTab>('findings');
    return (
      <>
        <FindingsAnnouncer canvas={canvas} findings={evaluation.findings} />
        <ResultsTotals canvas={canvas} evaluation={evaluation} />
        <Tabs
          label={t('results:panel.tabs')}
          active={tab}
          onChange={setTab}
          tabs={[
            {
              id: 'findings',
              label: t('results:panel.findingsTab', { count: evaluation.findings.length }),
              panel: <FindingsList canvas={canvas} findings={evaluation.findings} />,
            },
            {
              id: 'economics',
              label: t('results:panel.economicsTab'),
              panel: <EconomicsSection canvas={canvas} />,
            },
            {
              id: 'compare',
              label: t('results:panel.compareTab'),
              panel: <CompareChart canvas={canvas} evaluation={evaluation} />,
            },
          ]}
        />
      </>
    );
  },
  (before, after) => sameApartFromNotes(before.canvas, after.canvas),
);

/** Live results of the open canvas: findings, each segment's economics and a comparison. */
export function ResultsPanel() {
  const { t } = useTranslation();
  const canvas = useDeferredValue(useBoardCanvas());
  if (!canvas) return null;
  return (
    <section className="results-panel" aria-labelledby="results-panel-title">
      <h2 id="results-panel-title" className="results-panel__title">
        {t('results:panel.title')}
      </h2>
      <ResultsContent canvas={canvas} />
    </section>
  );
}
