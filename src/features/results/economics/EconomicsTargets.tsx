import { useTranslation } from '@/i18n/useTranslation';

import { ruleSettingsSchema, type Canvas, type RuleSettings } from '@/domain';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

type Target = 'ltvCacTarget' | 'paybackMaxMonths' | 'maxCostShare';

/** The three economics targets, editable, with the caveat that they are rules of thumb. */
export function EconomicsTargets({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const updateSettings = useCanvasStore((s) => s.updateSettings);
  const { rules } = canvas.settings;
  const commit = (target: Target) => (value: number | undefined) => {
    if (value === undefined) return;
    updateSettings((settings) => ({
      ...settings,
      rules: { ...settings.rules, [target]: value } satisfies RuleSettings,
    }));
  };
  return (
    <section className="economics-targets" aria-labelledby="economics-targets-title">
      <h3 id="economics-targets-title" className="economics-targets__title">
        {t('results:targets.title')}
      </h3>
      <p className="economics-targets__caveat">{t('results:targets.caveat')}</p>
      <FieldGroup>
        <div className="economics-targets__fields">
          <NumberField
            id={fieldId(canvas.id, 'ltvCacTarget')}
            label={t('results:targets.ltvCacTarget')}
            value={rules.ltvCacTarget}
            schema={ruleSettingsSchema.shape.ltvCacTarget}
            onCommit={commit('ltvCacTarget')}
          />
          <NumberField
            id={fieldId(canvas.id, 'paybackMaxMonths')}
            label={t('results:targets.paybackMaxMonths')}
            value={rules.paybackMaxMonths}
            schema={ruleSettingsSchema.shape.paybackMaxMonths}
            onCommit={commit('paybackMaxMonths')}
          />
          <NumberField
            id={fieldId(canvas.id, 'maxCostShare')}
            label={t('results:targets.maxCostShare')}
            value={rules.maxCostShare}
            unit="percent"
            schema={ruleSettingsSchema.shape.maxCostShare}
            onCommit={commit('maxCostShare')}
          />
        </div>
      </FieldGroup>
    </section>
  );
}
