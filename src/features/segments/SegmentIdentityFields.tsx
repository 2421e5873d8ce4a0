import { useTranslation } from '@/i18n/useTranslation';

import { TextField } from '@/components/fields/TextField';
import { LIMITS, segmentSchema, type Segment, unwrapOptional } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { SegmentColorPicker } from './SegmentColorPicker';

const labelSchema = unwrapOptional(segmentSchema.shape.label);

export function SegmentIdentityFields({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const update = useCanvasStore((s) => s.updateSegment);
  return (
    <>
      <TextField
        id={fieldId(segment.id, 'name')}
        label={t('segments:field.name')}
        value={segment.name}
        schema={segmentSchema.shape.name}
        maxLength={LIMITS.nameLength}
        placeholder={t('segments:field.namePlaceholder')}
        onCommit={(name) => update(segment.id, { name })}
      />
      <TextField
        id={fieldId(segment.id, 'label')}
        label={t('segments:field.label')}
        hint={t('segments:field.labelHint', { max: LIMITS.segmentLabelLength })}
        value={segment.label ?? ''}
        schema={labelSchema}
        maxLength={LIMITS.segmentLabelLength}
        onCommit={(label) => update(segment.id, { label })}
      />
      <SegmentColorPicker
        id={fieldId(segment.id, 'colorIndex')}
        value={segment.colorIndex ?? 0}
        label={segment.label || '·'}
        onChange={(colorIndex) => update(segment.id, { colorIndex })}
      />
    </>
  );
}
