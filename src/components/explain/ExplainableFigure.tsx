import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { ExplainStep } from '@/domain';

import { ExplainSteps } from './ExplainSteps';
import './explain.css';

type Props = {
  /** what the figure is, for the button's hidden text */
  label: string;
  /** the formatted figure */
  value: string;
  steps: readonly ExplainStep[];
  currency: string;
  /** DOM id of the button, so a finding can take the user to it */
  id?: string | undefined;
};

/**
 * A figure as a button that opens the domain's steps behind it: the one way every number in
 * the app (segment, relationship or channel) opens into its formula and source.
 */
export function ExplainableFigure({ label, value, steps, currency, id }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stepsId = useId();
  return (
    <>
      <button
        type="button"
        id={id}
        className="explainable__value"
        aria-expanded={open}
        aria-controls={stepsId}
        onClick={() => setOpen((o) => !o)}
      >
        <span>{value}</span>
        <span className="visually-hidden">{t('results:economics.howCalculated', { label })}</span>
        <span className="explainable__chevron" aria-hidden="true" />
      </button>
      <ExplainSteps steps={steps} currency={currency} id={stepsId} hidden={!open} />
    </>
  );
}
