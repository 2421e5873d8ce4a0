import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { sameProps } from '@/lib/sameProps';
import type { Id, Segment } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

type Props = { channelId: Id; segmentIds: readonly Id[]; segments: readonly Segment[] };

/**
 * Which segments a channel serves, each shown with its tag (colour, label and name). Memoised
 * on those alone: typing in the channel's name leaves the hundreds of checkboxes alone.
 */
export const SegmentsServed = memo(function SegmentsServed({
  channelId,
  segmentIds,
  segments,
}: Props) {
  const { t } = useTranslation();
  const updateChannel = useCanvasStore((s) => s.updateChannel);
  const toggle = (segmentId: string, on: boolean) =>
    updateChannel(channelId, {
      // keep the canvas' segment order
      segmentIds: segments
        .map((s) => s.id)
        .filter((id) => (id === segmentId ? on : segmentIds.includes(id))),
    });
  return (
    <fieldset className="field checkbox-group" id={fieldId(channelId, 'segmentIds')}>
      <legend className="field__label">{t('channels:field.segments')}</legend>
      {segments.length === 0 ? (
        <p className="channels__help">{t('channels:field.noSegments')}</p>
      ) : (
        <div className="checkbox-group__options">
          {segments.map((segment) => (
            <label key={segment.id} className="checkbox-group__option">
              <input
                type="checkbox"
                checked={segmentIds.includes(segment.id)}
                onChange={(e) => toggle(segment.id, e.target.checked)}
              />
              <SegmentTag segment={segment} />
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}, sameProps);
