import type { ReactNode } from 'react';

import { ExplainableFigure } from '@/components/explain/ExplainableFigure';
import type { ExplainStep } from '@/domain';

type Props = {
  label: string;
  /** the formatted figure */
  value: string;
  steps: readonly ExplainStep[];
  currency: string;
  /** why the domain has no figure, in words; replaces the value */
  nullReason?: string | null;
  /** secondary line: a target, a source */
  note?: ReactNode;
  /** DOM id of the figure, so a finding can take the user to it */
  id?: string;
};

/** A labelled figure whose button opens the steps that produced it. */
export function MetricRow({ label, value, steps, currency, nullReason, note, id }: Props) {
  return (
    <div className="metric">
      <dt className="metric__label">{label}</dt>
      <dd className="metric__body">
        {nullReason ? (
          // focusable by script only, so "go to field" can still land here
          <span id={id} tabIndex={-1} className="metric__none">
            <span aria-hidden="true">— </span>
            {nullReason}
          </span>
        ) : (
          <ExplainableFigure
            label={label}
            value={value}
            steps={steps}
            currency={currency}
            id={id}
          />
        )}
        {note && <span className="metric__note">{note}</span>}
      </dd>
    </div>
  );
}
