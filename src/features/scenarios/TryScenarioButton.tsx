import { useTranslation } from '@/i18n/useTranslation';

import { useScenarioStore } from '@/store/scenarioStore';
import { useActiveCanvas } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

/** Copies the segment's relationship mix into a what-if draft and opens the scenario dialog. */
export function TryScenarioButton({ segmentId }: { segmentId: string }) {
  const { t } = useTranslation();
  const canvas = useActiveCanvas();
  const startScenario = useScenarioStore((s) => s.startScenario);
  const openPanel = useUiStore((s) => s.openPanel);
  if (!canvas) return null;
  const segment = canvas.segments.find((s) => s.id === segmentId);
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        startScenario(canvas, segmentId);
        openPanel({ kind: 'scenario', segmentId });
      }}
    >
      {t('results:scenario.try')}
      <span className="visually-hidden">: {segment?.name}</span>
    </button>
  );
}
