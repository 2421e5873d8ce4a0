import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ExplainStep } from '@/domain';

import { ExplainSteps } from './ExplainSteps';

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
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stepsId = useId();
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
          <button
            type="button"
            id={id}
            className="metric__value"
            aria-expanded={open}
            aria-controls={stepsId}
            onClick={() => setOpen((o) => !o)}
          >
            <span>{value}</span>
            <span className="visually-hidden">
              {t('results:economics.howCalculated', { label })}
            </span>
            <span className="metric__chevron" aria-hidden="true" />
          </button>
        )}
        {note && <span className="metric__note">{note}</span>}
        {!nullReason && (
          <ExplainSteps steps={steps} currency={currency} id={stepsId} hidden={!open} />
        )}
      </dd>
    </div>
  );
}
