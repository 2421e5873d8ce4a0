import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Tabs } from '@/components/Tabs';
import { FindingsAnnouncer } from '@/features/findings/FindingsAnnouncer';
import { FindingsList } from '@/features/findings/FindingsList';
import { useActiveCanvas, useEvaluation } from '@/store/selectors';

import { CompareChart } from './compare/CompareChart';
import { EconomicsSection } from './economics/EconomicsSection';
import { ResultsTotals } from './ResultsTotals';
import './ResultsPanel.css';

type ResultsTab = 'findings' | 'economics' | 'compare';

/** Live results of the open canvas: findings, each segment's economics and a comparison. */
export function ResultsPanel() {
  const { t } = useTranslation();
  const canvas = useActiveCanvas();
  const evaluation = useEvaluation();
  const [tab, setTab] = useState<ResultsTab>('findings');
  if (!canvas || !evaluation) return null;
  return (
    <section className="results-panel" aria-labelledby="results-panel-title">
      <h2 id="results-panel-title" className="results-panel__title">
        {t('results:panel.title')}
      </h2>
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
    </section>
  );
}
