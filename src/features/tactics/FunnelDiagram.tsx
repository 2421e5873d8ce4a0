import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Tactic } from '@/domain';
import { focusField } from '@/lib/focusField';
import { fieldId } from '@/store/uiStore';

import { FUNNEL_STEPS_BY_VIEW, VIRAL_LOOP, type FunnelView } from './funnels';

type Props = { view: FunnelView; tactics: Tactic[]; currency: string };

/** The get funnel drawn step by step, each get tactic placed on its step; the viral loop below. */
export function FunnelDiagram({ view, tactics, currency }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const steps = FUNNEL_STEPS_BY_VIEW[view];
  const firstStep = steps[0] ?? 'awareness';
  const chips = (placed: Tactic[]) =>
    placed.length === 0 ? (
      <span className="funnel__empty">{t('workbench:tactics.funnel.noTactic')}</span>
    ) : (
      <ul className="funnel__chips">
        {placed.map((tactic) => (
          <li key={tactic.id}>
            <button
              type="button"
              className="funnel__chip"
              onClick={() => focusField(fieldId(tactic.id, 'kind'))}
            >
              {t('workbench:tactics.funnel.chip', {
                kind: t(`enums:tacticKind.${tactic.kind}`),
                demand: t(`enums:demandCreation.${tactic.demandCreation ?? 'earned'}`),
              })}
              {tactic.monthlyCost !== undefined && (
                <>
                  {' '}
                  · {t('workbench:tactics.funnel.chipCost', { cost: tactic.monthlyCost, currency })}
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
    );

  return (
    <figure className={`funnel funnel--${view}`} aria-labelledby={captionId}>
      <figcaption id={captionId} className="funnel__caption">
        {view === 'web'
          ? t('workbench:tactics.funnel.webCaption')
          : t('workbench:tactics.funnel.physicalCaption')}
      </figcaption>
      <ol className="funnel__steps">
        {steps.map((step, index) => (
          <li key={step} className={`funnel__step funnel__step--${index}`}>
            <span className="funnel__name">
              <span className="funnel__number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`enums:funnelStep.${step}`)}
            </span>
            {chips(tactics.filter((x) => x.funnelStep === step))}
          </li>
        ))}
      </ol>
      <div className="funnel__loop">
        <span className="funnel__name">
          <span aria-hidden="true">↻ </span>
          {t('enums:funnelStep.viral_loop')}
        </span>
        <span className="funnel__loop-hint">
          {t('workbench:tactics.funnel.loopHint', {
            step: t(`enums:funnelStep.${firstStep}`),
          })}
        </span>
        {chips(tactics.filter((x) => x.funnelStep === VIRAL_LOOP))}
      </div>
    </figure>
  );
}
