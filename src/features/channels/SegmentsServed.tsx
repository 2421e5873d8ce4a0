import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { sameProps } from '@/lib/sameProps';
import type { Id, Segment } from '@/domain';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { SegmentTag } from '@/components/SegmentTag';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

type Props = { channelId: Id; segmentIds: readonly Id[]; segments: readonly Segment[] };

/**
 * Which segments a channel serves, each shown with its tag (colour, label and name). Memoised
 * on those alone: typing in the channel's name leaves the hundreds of checkboxes alone; in a
 * group of their own, which autofill then need not read either.
 */
export const SegmentsServed = memo(function SegmentsServed({
  channelId,
  segmentIds,
  segments,
}: Props) {
  const { t } = useTranslation();
  const updateChannel = useCanvasStore((s) => s.updateChannel);
  return (
    <FieldGroup>
      <CheckboxGroup
        id={fieldId(channelId, 'segmentIds')}
        legend={t('channels:field.segments')}
        options={segments.map((s) => ({ value: s.id, label: <SegmentTag segment={s} /> }))}
        selected={segmentIds}
        onChange={(next) => updateChannel(channelId, { segmentIds: next })}
        empty={<p className="channels__help">{t('channels:field.noSegments')}</p>}
      />
    </FieldGroup>
  );
}, sameProps);
