import { useTranslation } from 'react-i18next';

import type { Channel, Segment } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

type Props = { channel: Channel; segments: Segment[] };

/** Which segments a channel serves, each shown with its tag (colour, label and name). */
export function SegmentsServed({ channel, segments }: Props) {
  const { t } = useTranslation();
  const updateChannel = useCanvasStore((s) => s.updateChannel);
  const toggle = (segmentId: string, on: boolean) =>
    updateChannel(channel.id, {
      // keep the canvas' segment order
      segmentIds: segments
        .map((s) => s.id)
        .filter((id) => (id === segmentId ? on : channel.segmentIds.includes(id))),
    });
  return (
    <fieldset className="field checkbox-group" id={fieldId(channel.id, 'segmentIds')}>
      <legend className="field__label">{t('channels:field.segments')}</legend>
      {segments.length === 0 ? (
        <p className="channels__help">{t('channels:field.noSegments')}</p>
      ) : (
        <div className="checkbox-group__options">
          {segments.map((segment) => (
            <label key={segment.id} className="checkbox-group__option">
              <input
                type="checkbox"
                checked={channel.segmentIds.includes(segment.id)}
                onChange={(e) => toggle(segment.id, e.target.checked)}
              />
              <SegmentTag segment={segment} />
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
