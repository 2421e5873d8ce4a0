import { useContext, useEffect, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Finding } from '@/domain';
import { Dialog } from '@/components/Dialog';
import { DialogClosing } from '@/components/dialogClosing';
import { applyScenario, useScenarioStore, withScenario } from '@/store/scenarioStore';
import { evaluationOf, evaluationSelectors, useResults } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioEditor } from './ScenarioEditor';
import './scenarios.css';

/**
 * What-if for one segment: edit a copy of its relationship mix and compare it with the canvas.
 * Nothing reaches the canvas until "Apply scenario", which is one undo step.
 */
export function ScenarioDialog({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const current = useResults('live');
  const canvas = current?.canvas;
  const draft = useScenarioStore((s) => s.draft);
  const startScenario = useScenarioStore((s) => s.startScenario);
  const discardScenario = useScenarioStore((s) => s.discardScenario);
  const closePanel = useUiStore((s) => s.closePanel);
  const segment = canvas?.segments.find((s) => s.id === segmentId);
  const ready =
    draft && canvas && draft.canvasId === canvas.id && draft.segmentId === segmentId ? draft : null;

  // Closed, it stays mounted until the board has painted: the discarded draft stays discarded.
  const closing = useContext(DialogClosing);

  // Opened without "Try a scenario" (or for another segment): start from the canvas as it is.
  useEffect(() => {
    if (!closing && canvas && segment && !ready) startScenario(canvas, segmentId);
  }, [closing, canvas, segment, ready, startScenario, segmentId]);

  // A what-if canvas is not the open one, so it is evaluated directly (memoised like the rest).
  const scenarioEvaluation = useMemo(
    () => (canvas && ready ? evaluationOf(withScenario(canvas, ready)) : null),
    [canvas, ready],
  );

  const close = () => {
    discardScenario();
    closePanel();
  };
  if (!canvas || !current || !segment) return null;
  const currentEvaluation = current.evaluation;
  const currentEconomics = evaluationSelectors.economicsOf(currentEvaluation, segmentId);
  const scenarioEconomics =
    scenarioEvaluation && evaluationSelectors.economicsOf(scenarioEvaluation, segmentId);
  const ofSegment = (findings: readonly Finding[]) =>
    findings.filter((f) => f.segmentId === segmentId);

  return (
    <Dialog
      title={t('results:scenario.title', { segment: segment.name || segment.label })}
      onClose={close}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            {t('results:scenario.discard')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!ready}
            onClick={() => {
              applyScenario();
              closePanel();
            }}
          >
            {t('results:scenario.apply')}
          </button>
        </>
      }
    >
      <p className="scenario__intro">{t('results:scenario.intro')}</p>
      {ready && currentEconomics && scenarioEconomics && scenarioEvaluation && (
        <div className="scenario">
          <section className="scenario__inputs" aria-labelledby="scenario-inputs-title">
            <h3 id="scenario-inputs-title">{t('results:scenario.inputsTitle')}</h3>
            <ScenarioEditor draft={ready} canvas={canvas} />
          </section>
          <section className="scenario__results" aria-labelledby="scenario-results-title">
            <h3 id="scenario-results-title">{t('results:scenario.resultsTitle')}</h3>
            <ScenarioComparison
              canvas={canvas}
              current={{
                economics: currentEconomics,
                findings: ofSegment(currentEvaluation.findings),
              }}
              scenario={{
                economics: scenarioEconomics,
                findings: ofSegment(scenarioEvaluation.findings),
              }}
            />
          </section>
        </div>
      )}
    </Dialog>
  );
}
