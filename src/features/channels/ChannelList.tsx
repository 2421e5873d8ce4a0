import { useTranslation } from 'react-i18next';

import type { Canvas } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';

import { channelName } from './channelName';

type Props = {
  canvas: Canvas;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
  addButtonId: string;
};

/** The canvas' channels; picking one opens it in the editor. */
export function ChannelList({ canvas, selectedId, onSelect, onAdd, addButtonId }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="channel-list" aria-label={t('channels:list.label')}>
      {canvas.channels.length === 0 ? (
        <p className="channels__help">{t('channels:list.empty')}</p>
      ) : (
        <ul className="channel-list__items">
          {canvas.channels.map((channel) => (
            <li key={channel.id}>
              <button
                type="button"
                className="channel-list__item"
                aria-current={channel.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(channel.id)}
              >
                <span className="channel-list__name">{channelName(t, channel)}</span>
                <span className="channel-list__meta">
                  {t('channels:list.meta', {
                    kind: t(`common:enum.channelKind.${channel.kind}`),
                    ownership: t(`common:enum.ownership.${channel.ownership}`),
                    directness: t(`common:enum.directness.${channel.directness}`),
                  })}
                </span>
                <span className="channel-list__segments">
                  {canvas.segments
                    .filter((s) => channel.segmentIds.includes(s.id))
                    .map((s) => (
                      <SegmentTag key={s.id} segment={s} showName={false} />
                    ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button id={addButtonId} type="button" className="button button--primary" onClick={onAdd}>
        <span aria-hidden="true">+</span> {t('channels:add')}
      </button>
    </nav>
  );
}
