import { useTranslation } from '@/i18n/useTranslation';

import { NumberField } from '@/components/fields/NumberField';
import { SelectField } from '@/components/fields/SelectField';
import { LIFECYCLE_STAGES, MARKET_TYPES, segmentSchema, type Segment } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import { useEnumOptions } from '@/hooks/useEnumOptions';

type Props = { segment: Segment; currency: string };

/** Who and how many: market type, size and the per-customer money the economics start from. */
export function SegmentMarketFields({ segment, currency }: Props) {
  const { t } = useTranslation();
  const update = useCanvasStore((s) => s.updateSegment);
  const marketTypes = useEnumOptions(MARKET_TYPES, 'common:enum.marketType');
  const id = segment.id;
  const shape = segmentSchema.shape;
  return (
    <>
      <SelectField
        id={fieldId(id, 'marketType')}
        label={t('segments:field.marketType')}
        value={segment.marketType}
        options={marketTypes}
        onChange={(marketType) => update(id, { marketType })}
      />
      <SelectField
        id={fieldId(id, 'lifecycle')}
        label={t('numbers:lifecycle.label')}
        hint={t('numbers:lifecycle.hint')}
        value={segment.lifecycle ?? ''}
        options={[
          { value: '', label: t('numbers:lifecycle.unset') },
          ...LIFECYCLE_STAGES.map((value) => ({ value, label: t(`numbers:lifecycle.${value}`) })),
        ]}
        // '' is "not said": the field is left out rather than stored empty
        onChange={(lifecycle) => update(id, { lifecycle: lifecycle || undefined })}
      />
      <NumberField
        id={fieldId(id, 'size')}
        label={t('segments:field.size')}
        hint={t('segments:field.sizeHint')}
        value={segment.size}
        schema={shape.size}
        onCommit={(size) => update(id, { size: size ?? 0 })}
      />
      <NumberField
        id={fieldId(id, 'newCustomersPerMonth')}
        label={t('segments:field.newCustomersPerMonth')}
        hint={t('segments:field.optionalHint')}
        value={segment.newCustomersPerMonth}
        schema={shape.newCustomersPerMonth}
        optional
        onCommit={(newCustomersPerMonth) => update(id, { newCustomersPerMonth })}
      />
      <NumberField
        id={fieldId(id, 'monthlyRevenuePerCustomer')}
        label={t('segments:field.monthlyRevenuePerCustomer')}
        hint={t('segments:field.monthlyRevenuePerCustomerHint')}
        value={segment.monthlyRevenuePerCustomer}
        schema={shape.monthlyRevenuePerCustomer}
        suffix={currency}
        optional
        onCommit={(monthlyRevenuePerCustomer) => update(id, { monthlyRevenuePerCustomer })}
      />
      <NumberField
        id={fieldId(id, 'grossMargin')}
        label={t('segments:field.grossMargin')}
        hint={t('segments:field.grossMarginHint')}
        value={segment.grossMargin}
        schema={shape.grossMargin}
        unit="percent"
        onCommit={(grossMargin) => update(id, { grossMargin: grossMargin ?? 0 })}
      />
      <NumberField
        id={fieldId(id, 'monthlyChurn')}
        label={t('segments:field.monthlyChurn')}
        hint={t('segments:field.monthlyChurnHint')}
        value={segment.monthlyChurn}
        schema={shape.monthlyChurn}
        unit="percent"
        onCommit={(monthlyChurn) => update(id, { monthlyChurn: monthlyChurn ?? 0 })}
      />
      <NumberField
        id={fieldId(id, 'acquisitionCostOverride')}
        label={t('segments:field.acquisitionCostOverride')}
        hint={t('segments:field.acquisitionCostOverrideHint')}
        value={segment.acquisitionCostOverride}
        schema={shape.acquisitionCostOverride}
        suffix={currency}
        optional
        onCommit={(acquisitionCostOverride) => update(id, { acquisitionCostOverride })}
      />
    </>
  );
}
