import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Tabs } from '@/components/Tabs';
import { sameEvaluationInputs } from '@/domain';
import { FindingsAnnouncer, FindingsList } from '@/features/findings';
import { useResults, type Results } from '@/store/selectors';

import { CompareChart } from './compare/CompareChart';
import { EconomicsSection } from './economics/EconomicsSection';
import { ResultsTotals } from './ResultsTotals';
import './ResultsPanel.css';

type ResultsTab = 'findings' | 'economics' | 'compare';

/**
 * Memoised on the deferred results: a keystroke first paints the editor and the board, then React
 * renders the results in the background, interruptibly. Results say nothing of notes, so an edit
 * to a note renders none of them. A tab's content is built once it has been opened (Tabs).
 */
const ResultsContent = memo(
  function ResultsContent({ results }: { results: Results }) {
    const { t } = useTranslation();
    const { canvas, evaluation } = results;
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
              panel: <EconomicsSection results={results} />,
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
  (before, after) => sameEvaluationInputs(before.results.canvas, after.results.canvas),
);

/** The panel's title: its own memoised component, so the panel's renders on every edit translate nothing. */
const PanelTitle = memo(function PanelTitle() {
  const { t } = useTranslation();
  return (
    <h2 id="results-panel-title" className="results-panel__title">
      {t('results:panel.title')}
    </h2>
  );
});

/**
 * Live results of the open canvas: findings, each segment's economics and a comparison.
 * Rendered twice per edit anywhere (urgent, then deferred); what it holds is memoised.
 */
export function ResultsPanel() {
  const results = useDeferredValue(useResults('board'));
  if (!results) return null;
  return (
    <section className="results-panel" aria-labelledby="results-panel-title">
      <PanelTitle />
      <ResultsContent results={results} />
    </section>
  );
}
