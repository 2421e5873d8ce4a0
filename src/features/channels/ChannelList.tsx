import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

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
            directness: t(`enums:directness.${channel.directness}`),
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

type SegmentIndex = { positions: Map<string, number>; served: WeakMap<Channel, Segment[]> };
const indexes = new WeakMap<readonly Segment[], SegmentIndex>();

/**
 * The segments a channel serves, in canvas order: worked out once per channel while the segments
 * are the same, so a keystroke in one channel's name does not redo it for the hundreds of others
 * (and their rows, given the same array, skip rendering).
 */
function servedBy(channel: Channel, segments: readonly Segment[]): Segment[] {
  let index = indexes.get(segments);
  if (!index) {
    index = { positions: new Map(segments.map((s, i) => [s.id, i])), served: new WeakMap() };
    indexes.set(segments, index);
  }
  const { positions, served } = index;
  let list = served.get(channel);
  if (!list) {
    list = [...new Set(channel.segmentIds)]
      .filter((id) => positions.has(id))
      .sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
      .flatMap((id) => segments[positions.get(id) ?? -1] ?? []);
    served.set(channel, list);
  }
  return list;
}

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
              served={servedBy(channel, segments)}
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
