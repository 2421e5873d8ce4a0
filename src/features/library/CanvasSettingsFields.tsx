import { useTranslation } from '@/i18n/useTranslation';

import { FieldGroup } from '@/components/fields/FieldGroup';
import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import { LIMITS, segmentSchema, noteSchema, type Canvas } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { currencyOptions } from './currencies';

// The canvas name follows the same rule as every other name; the description as any long text.
const nameSchema = segmentSchema.shape.name;
const descriptionSchema = noteSchema.shape.text;

/** Name, currency and description of the open canvas. */
export function CanvasSettingsFields({ canvas }: { canvas: Canvas }) {
  const { t, i18n } = useTranslation();
  const updateCanvas = useCanvasStore((s) => s.updateCanvas);
  return (
    <FieldGroup>
      <TextField
        id={fieldId(canvas.id, 'name')}
        label={t('library:field.name')}
        value={canvas.name}
        schema={nameSchema}
        maxLength={LIMITS.nameLength}
        onCommit={(name) => updateCanvas({ name })}
      />
      <SelectField
        id={fieldId(canvas.id, 'currency')}
        label={t('library:field.currency')}
        hint={t('library:field.currencyHint')}
        value={canvas.currency}
        options={currencyOptions(canvas.currency, i18n.language)}
        onChange={(currency) => updateCanvas({ currency })}
      />
      <TextField
        id={fieldId(canvas.id, 'description')}
        label={t('library:field.description')}
        value={canvas.description ?? ''}
        schema={descriptionSchema}
        maxLength={LIMITS.longTextLength}
        multiline
        onCommit={(description) => updateCanvas({ description })}
      />
    </FieldGroup>
  );
}
