import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { createTactic, type Canvas, type Segment, type TacticStage } from '@/domain';
import { focusField } from '@/lib/focusField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { FunnelDiagram } from './FunnelDiagram';
import {
  FUNNEL_STEPS_BY_VIEW,
  FUNNEL_VIEWS,
  initialFunnelView,
  isOnView,
  type FunnelView,
} from './funnels';
import { StageSection } from './StageSection';
import { StageSummary } from './StageSummary';
import './tactics.css';

type Props = { canvas: Canvas; segment: Segment };

/** Blank's get, keep and grow for one segment, on the physical or the web/mobile funnel. */
export function TacticsPlanner({ canvas, segment }: Props) {
  const { t } = useTranslation();
  const viewName = useId();
  const addTactic = useCanvasStore((s) => s.addTactic);
  const [view, setView] = useState<FunnelView>(() => initialFunnelView(canvas, segment));
  const pendingFocus = useRef<string | null>(null);

  // A new tactic's first field takes focus once it is on screen.
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusField(pendingFocus.current);
    pendingFocus.current = null;
  });

  const tactics = canvas.tactics.filter((x) => x.segmentId === segment.id);
  const ofStage = (stage: TacticStage) => tactics.filter((x) => x.stage === stage);
  const getTactics = ofStage('get');
  const offView = getTactics.filter((x) => !isOnView(x, view));
  const currency = canvas.currency;

  const add = (stage: TacticStage) => {
    const firstStep = FUNNEL_STEPS_BY_VIEW[view][0];
    const tactic = createTactic(
      segment.id,
      stage,
      stage === 'get' && firstStep ? { funnelStep: firstStep } : {},
    );
    addTactic(tactic);
    pendingFocus.current = fieldId(tactic.id, 'kind');
  };

  return (
    <div className="tactics">
      <p className="workbench__intro">{t('workbench:tactics.intro')}</p>
      <fieldset className="tactics__view">
        <legend className="field__label">{t('workbench:tactics.view.legend')}</legend>
        {FUNNEL_VIEWS.map((option) => (
          <label key={option} className="tactics__view-option">
            <input
              type="radio"
              name={viewName}
              checked={view === option}
              onChange={() => setView(option)}
            />
            <span>
              {option === 'web'
                ? t('workbench:tactics.view.web')
                : t('workbench:tactics.view.physical')}
            </span>
          </label>
        ))}
      </fieldset>

      <StageSection
        stage="get"
        title={t('workbench:tactics.get.title')}
        intro={t('workbench:tactics.get.intro')}
        addLabel={t('workbench:tactics.get.add')}
        summary={<StageSummary stage="get" segmentId={segment.id} currency={currency} />}
        currency={canvas.currency}
        channels={canvas.channels}
        tactics={getTactics}
        view={view}
        onAdd={() => add('get')}
      >
        <FunnelDiagram view={view} tactics={getTactics} currency={currency} />
        {offView.length > 0 && (
          <p className="tactics__off-view">
            {t('workbench:tactics.get.offView', {
              count: offView.length,
              kinds: offView.map((x) => t(`enums:tacticKind.${x.kind}`)).join(', '),
            })}
          </p>
        )}
      </StageSection>

      <StageSection
        stage="keep"
        title={t('workbench:tactics.keep.title')}
        intro={t('workbench:tactics.keep.intro')}
        addLabel={t('workbench:tactics.keep.add')}
        summary={<StageSummary stage="keep" segmentId={segment.id} currency={currency} />}
        currency={canvas.currency}
        channels={canvas.channels}
        tactics={ofStage('keep')}
        view={view}
        onAdd={() => add('keep')}
      />

      <StageSection
        stage="grow"
        title={t('workbench:tactics.grow.title')}
        intro={t('workbench:tactics.grow.intro')}
        addLabel={t('workbench:tactics.grow.add')}
        summary={<StageSummary stage="grow" segmentId={segment.id} currency={currency} />}
        currency={canvas.currency}
        channels={canvas.channels}
        tactics={ofStage('grow')}
        view={view}
        onAdd={() => add('grow')}
      />
    </div>
  );
}
