import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { sameProps } from '@/lib/sameProps';
import type { Channel, Segment } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';

import { channelName } from './channelName';

type Props = {
  channels: readonly Channel[];
  segments: readonly Segment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
  addButtonId: string;
};

type RowProps = {
  channel: Channel;
  /** the segments it serves, in canvas order */
  served: readonly Segment[];
  selected: boolean;
  onSelect: (id: string) => void;
  t: TFunction;
};

// Memoised: typing in one channel's name renders its own row, not the hundreds beside it.
const ChannelRow = memo(function ChannelRow({ channel, served, selected, onSelect, t }: RowProps) {
  return (
    <li>
      <button
        type="button"
        className="channel-list__item"
        aria-current={selected ? 'true' : undefined}
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
          {served.map((s) => (
            <SegmentTag key={s.id} segment={s} showName={false} />
          ))}
        </span>
      </button>
    </li>
  );
}, sameProps);

/** The canvas' channels; picking one opens it in the editor. */
export function ChannelList({
  channels,
  segments,
  selectedId,
  onSelect,
  onAdd,
  addButtonId,
}: Props) {
  const { t } = useTranslation();
  // Each segment's position, so a channel finds its few segments without a scan of them all.
  const positions = useMemo(() => new Map(segments.map((s, i) => [s.id, i])), [segments]);
  const servedBy = (channel: Channel) =>
    [...new Set(channel.segmentIds)]
      .filter((id) => positions.has(id))
      .sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
      .flatMap((id) => segments[positions.get(id) ?? -1] ?? []);
  return (
    <nav className="channel-list" aria-label={t('channels:list.label')}>
      {channels.length === 0 ? (
        <p className="channels__help">{t('channels:list.empty')}</p>
      ) : (
        <ul className="channel-list__items">
          {channels.map((channel) => (
            <ChannelRow
              key={channel.id}
              channel={channel}
              served={servedBy(channel)}
              selected={channel.id === selectedId}
              onSelect={onSelect}
              t={t}
            />
          ))}
        </ul>
      )}
      <button id={addButtonId} type="button" className="button button--primary" onClick={onAdd}>
        <span aria-hidden="true">+</span> {t('channels:add')}
      </button>
    </nav>
  );
}
