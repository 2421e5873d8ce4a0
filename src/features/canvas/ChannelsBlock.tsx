import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { SegmentTag } from '@/components/SegmentTag';
import { SeverityCounts } from '@/components/SeverityCounts';
import type { Channel, Evaluation, Finding, Segment } from '@/domain';
import { sameProps } from '@/lib/sameProps';
import { useCanvasStore } from '@/store/canvasStore';
import { evaluationSelectors } from '@/store/canvasView';
import { fieldId, useUiStore } from '@/store/uiStore';

type Props = {
  channels: readonly Channel[];
  segments: readonly Segment[];
  /** null until the board's evaluation is in: no findings yet */
  evaluation: Evaluation | null;
};

type CardProps = {
  channel: Channel;
  /** the segments it serves, in canvas order */
  segments: readonly Segment[];
  findings: readonly Finding[];
};

// Memoised with its own slices of the canvas: an edit elsewhere leaves the card alone.
const ChannelCard = memo(function ChannelCard({ channel, segments, findings }: CardProps) {
  const { t } = useTranslation();
  const openPanel = useUiStore((s) => s.openPanel);
  const name = channel.name.trim() || t('editor:channels.unnamed');
  return (
    <li className="summary-card">
      <div className="summary-card__head">
        <strong>{name}</strong>
        <SeverityCounts findings={findings} />
      </div>
      <p className="summary-card__meta">
        {t(`common:enum.channelKind.${channel.kind}`)} ·{' '}
        {t(`common:enum.ownership.${channel.ownership}`)}
      </p>
      <p className="summary-card__meta">
        {channel.phases.length > 0
          ? t('editor:channels.phases', { list: channel.phases.join(',') })
          : t('editor:channels.noPhases')}
      </p>
      {segments.length > 0 && (
        <ul className="tag-list" aria-label={t('editor:channels.servesSegments')}>
          {segments.map((s) => (
            <li key={s.id}>
              <SegmentTag segment={s} showName={false} />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--small"
        aria-label={`${t('common:action.edit')} ${name}`}
        onClick={() => openPanel({ kind: 'channels', channelId: channel.id })}
      >
        {t('common:action.edit')}
      </button>
    </li>
  );
}, sameProps);

/** Each segment with its position, so a channel finds its few segments without a scan. */
const positions = (segments: readonly Segment[]) =>
  new Map(segments.map((segment, index) => [segment.id, { segment, index }]));

function servedSegments(byId: ReturnType<typeof positions>, channel: Channel): Segment[] {
  return channel.segmentIds
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => a.index - b.index)
    .map((p) => p.segment);
}

/** Channels with kind, own/partner, phases and the segments each one serves. */
export const ChannelsBlock = memo(function ChannelsBlock({
  channels,
  segments,
  evaluation,
}: Props) {
  const { t } = useTranslation();
  const addChannel = useCanvasStore((s) => s.addChannel);
  const openPanel = useUiStore((s) => s.openPanel);
  const add = () => {
    const id = addChannel();
    openPanel({ kind: 'channels', channelId: id }, fieldId(id, 'name'));
  };
  const segmentsById = positions(segments);
  return (
    <>
      {channels.length === 0 ? (
        <p className="canvas-block__empty">{t('editor:channels.empty')}</p>
      ) : (
        <ul className="summary-list">
          {channels.map((channel) => (
            <ChannelCard
              key={channel.id}
              channel={channel}
              segments={servedSegments(segmentsById, channel)}
              findings={evaluationSelectors.findingsFor(evaluation, channel.id)}
            />
          ))}
        </ul>
      )}
      <div className="canvas-block__actions">
        <button type="button" className="button button--small" onClick={add}>
          <span aria-hidden="true">+</span> {t('editor:channels.add')}
        </button>
        {channels.length > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => openPanel({ kind: 'channels' })}
          >
            {t('editor:channels.openAll')}
          </button>
        )}
      </div>
    </>
  );
});
