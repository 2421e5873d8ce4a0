import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { RelationshipType } from '@/domain';

import type { ParamInfo } from './costParams';
import { formatValue } from './formatValue';
import { SourceList } from './SourceList';

type Props = {
  /** DOM id prefix, unique per relationship × parameter */
  id: string;
  type: RelationshipType;
  info: ParamInfo;
  /** the canvas' own default (its settings may differ from the built-in one) */
  canvasValue: number | boolean;
  currency: string;
  label: string;
};

/** The "why this number?" disclosure: default, usual range, reasoning and sources of one parameter. */
export function WhyThisNumber({ id, type, info, canvasValue, currency, label }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { builtIn, unit } = info;
  const format = (value: number | boolean) => formatValue(t, value, unit, currency);
  const regionId = `${id}-why`;
  return (
    <div className="why">
      <button
        type="button"
        className="why__toggle"
        aria-expanded={open}
        aria-controls={regionId}
        // named by a label, its mark drawn by CSS: a workbench has dozens of these
        aria-label={`${t('workbench:why.toggle')} (${label})`}
        onClick={() => setOpen(!open)}
      >
        {t('workbench:why.toggle')}
      </button>
      <div id={regionId} className="why__body" hidden={!open}>
        <p>
          {t('workbench:why.default', { value: format(builtIn.value) })}
          {'min' in builtIn && (
            <> {t('workbench:why.range', { min: format(builtIn.min), max: format(builtIn.max) })}</>
          )}
        </p>
        {canvasValue !== builtIn.value && (
          <p>{t('workbench:why.canvasDefault', { value: format(canvasValue) })}</p>
        )}
        <p>{t(`domain:why.${type}.${info.key}`)}</p>
        <SourceList sourceIds={builtIn.sourceIds} assumption={builtIn.assumption} />
      </div>
    </div>
  );
}
