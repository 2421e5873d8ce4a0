import { useTranslation } from '@/i18n/useTranslation';

import { NumberField } from '@/components/fields/NumberField';
import {
  costParamsSchema,
  resolveParams,
  type CanvasSettings,
  type RelationshipAssignment,
} from '@/domain';
import { currencySymbol } from '@/lib/currencySymbol';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { isOverridden, withParam, type ParamInfo } from './costParams';
import { formatValue } from './formatValue';
import { WhyThisNumber } from './WhyThisNumber';

type Props = {
  settings: CanvasSettings;
  currency: string;
  rel: RelationshipAssignment;
  info: ParamInfo;
};

/** One cost assumption: its current value (override or canvas default), a reset and its "why". */
export function ParamRow({ settings, currency, rel, info }: Props) {
  const { t, i18n } = useTranslation();
  const updateRelationship = useCanvasStore((s) => s.updateRelationship);
  const { key, unit, builtIn } = info;
  const id = fieldId(rel.id, `params.${key}`);
  const label = t(`domain:params.${key}`);
  // the domain's resolver: the canvas' value without this relationship's own, then with it
  const fallback = resolveParams(settings, rel.type)[key];
  const overridden = isOverridden(rel, key);
  const value = resolveParams(settings, rel.type, rel.params)[key];
  const set = (next: number | boolean | undefined) =>
    updateRelationship(rel.id, { params: withParam(rel, key, next) });
  const format = (v: number | boolean) => formatValue(t, v, unit, currency);

  // Spec decision: DEFAULTS' min–max is the usual range, shown and flagged but not enforced;
  // the domain schema alone decides what is accepted, so users with real data can go beyond it.
  const outOfRange =
    typeof value === 'number' && 'min' in builtIn && (value < builtIn.min || value > builtIn.max);
  const hint = [
    'min' in builtIn
      ? t('workbench:param.usualRange', { min: format(builtIn.min), max: format(builtIn.max) })
      : null,
    outOfRange ? t('workbench:param.outOfRange') : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`param${overridden ? ' param--overridden' : ''}`}>
      <div className="param__field">
        {typeof value === 'boolean' ? (
          <label className="param__flag">
            <input
              id={id}
              type="checkbox"
              checked={value}
              onChange={(e) => set(e.target.checked)}
            />
            <span>{label}</span>
          </label>
        ) : (
          <NumberField
            id={id}
            label={label}
            value={value}
            schema={costParamsSchema.shape[key]}
            unit={unit === 'percent' ? 'percent' : 'number'}
            suffix={unit === 'money' ? currencySymbol(currency, i18n.language) : undefined}
            hint={hint || undefined}
            onCommit={(next) => set(next)}
          />
        )}
      </div>
      <div className="param__meta">
        <span className="param__badge">
          {overridden
            ? t('workbench:param.yourValue')
            : t('workbench:param.default', { value: format(fallback) })}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={!overridden}
          aria-label={`${t('workbench:param.reset')} (${label})`}
          onClick={() => set(undefined)}
        >
          {t('workbench:param.reset')}
        </button>
      </div>
      <WhyThisNumber
        id={id}
        type={rel.type}
        info={info}
        canvasValue={fallback}
        currency={currency}
        label={label}
      />
    </div>
  );
}
