import { useId, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Channel, Tactic, TacticStage } from '@/domain';

import type { FunnelView } from './funnels';
import { TacticEditor } from './TacticEditor';

type Props = {
  stage: TacticStage;
  title: string;
  intro: string;
  addLabel: string;
  /** the domain's monthly total for this stage (StageSummary), once edits pause */
  summary: ReactNode;
  currency: string;
  channels: readonly Channel[];
  tactics: Tactic[];
  view: FunnelView;
  onAdd: () => void;
  children?: ReactNode;
};

/** One of get, keep and grow: what it is for, its tactics and a button to add one. */
export function StageSection({
  stage,
  title,
  intro,
  addLabel,
  summary,
  currency,
  channels,
  tactics,
  view,
  onAdd,
  children,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={`stage stage--${stage}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="workbench__heading">
        {title}
      </h3>
      <p className="workbench__intro">{intro}</p>
      {children}
      {tactics.length === 0 ? (
        <p className="workbench__empty">{t('workbench:tactics.none')}</p>
      ) : (
        <ul className="stage__tactics">
          {tactics.map((tactic) => (
            <TacticEditor
              key={tactic.id}
              tactic={tactic}
              currency={currency}
              channels={channels}
              view={view}
            />
          ))}
        </ul>
      )}
      <div className="stage__footer">
        <button type="button" className="button" onClick={onAdd}>
          <span aria-hidden="true">+</span> {addLabel}
        </button>
        {summary}
      </div>
    </section>
  );
}
