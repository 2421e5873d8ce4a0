import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { Dialog } from '@/components/Dialog';
import { SegmentTag } from '@/components/SegmentTag';
import { Tabs, type TabItem } from '@/components/Tabs';
import { SegmentEconomicsCard } from '@/features/results';
import { TacticsPlanner } from '@/features/tactics';
import { useFocusTarget } from '@/hooks/useFocusTarget';
import { useActiveCanvas, useResults } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

import { GuidingQuestionsTab } from './GuidingQuestionsTab';
import { RelationshipsTab } from './RelationshipsTab';
import { tabOfTarget, type WorkbenchTab } from './workbenchTabs';
import './workbench.css';

type Props = { segmentId: string; tab?: WorkbenchTab };

/** The economics tab: the results panel's own card, with the field ids findings target. */
function EconomicsTab({ segmentId }: { segmentId: string }) {
  // figures once edits pause (settled), like every figure in an editor
  const results = useResults('settled');
  return results && <SegmentEconomicsCard results={results} segmentId={segmentId} fieldIds />;
}

/** One segment's relationships: types and their costs, get/keep/grow, the four questions, economics. */
export function RelationshipWorkbench({ segmentId, tab = 'relationships' }: Props) {
  const { t } = useTranslation();
  const canvas = useActiveCanvas();
  const openPanel = useUiStore((s) => s.openPanel);
  const closePanel = useUiStore((s) => s.closePanel);
  const focusTarget = useUiStore((s) => s.focusTarget);
  const clearFocusTarget = useUiStore((s) => s.clearFocusTarget);
  const segment = canvas?.segments.find((s) => s.id === segmentId);

  const [active, setActive] = useState<WorkbenchTab>(tab);
  const [seenTarget, setSeenTarget] = useState<string | null>(null);
  // A field to focus may sit in another tab: show that tab in this very render.
  if (focusTarget !== seenTarget) {
    setSeenTarget(focusTarget);
    const target =
      focusTarget && canvas && segment ? tabOfTarget(focusTarget, canvas, segment) : null;
    if (target) setActive(target);
  }
  useFocusTarget(focusTarget, clearFocusTarget);

  if (!canvas || !segment) return null;
  // Read when used, not subscribed: closing the panel must not render the workbench again.
  const goTo = (target: string) =>
    openPanel(useUiStore.getState().panel ?? { kind: 'workbench', segmentId }, target);
  const name = segment.name.trim() || t('workbench:unnamedSegment');
  const tabs: TabItem<WorkbenchTab>[] = [
    {
      id: 'relationships',
      label: t('workbench:tab.relationships'),
      panel: (
        <RelationshipsTab
          segment={segment}
          relationships={canvas.relationships}
          channels={canvas.channels}
          currency={canvas.currency}
          settings={canvas.settings}
        />
      ),
    },
    {
      id: 'tactics',
      label: t('workbench:tab.tactics'),
      panel: <TacticsPlanner canvas={canvas} segment={segment} />,
    },
    {
      id: 'questions',
      label: t('workbench:tab.questions'),
      panel: <GuidingQuestionsTab canvas={canvas} segment={segment} goTo={goTo} />,
    },
    // Spec decision: the economics tab is the results panel's own card.
    {
      id: 'economics',
      label: t('workbench:tab.economics'),
      panel: <EconomicsTab segmentId={segment.id} />,
    },
  ];

  return (
    <Dialog title={t('workbench:title', { name })} onClose={closePanel} size="wide">
      <p className="workbench__segment">
        <SegmentTag segment={segment} />
        <span className="workbench__segment-facts">
          {/* Revenue may not be entered yet (a new segment): then the facts say so. */}
          {t(
            segment.monthlyRevenuePerCustomer === undefined
              ? 'workbench:segmentFactsNoRevenue'
              : 'workbench:segmentFacts',
            {
              market: t(`common:enum.marketType.${segment.marketType}`),
              size: segment.size,
              arpu: segment.monthlyRevenuePerCustomer,
              currency: canvas.currency,
            },
          )}
        </span>
      </p>
      <Tabs label={t('workbench:tab.label')} tabs={tabs} active={active} onChange={setActive} />
    </Dialog>
  );
}
