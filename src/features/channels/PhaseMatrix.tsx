import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { sameItems } from '@/lib/sameProps';
import { CHANNEL_PHASES, type Channel, type Segment } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';
import { LinkButton } from '@/components/LinkButton';

import { channelName } from './channelName';

type Props = {
  segments: readonly Segment[];
  channels: readonly Channel[];
  onSelect: (channelId: string) => void;
};

type RowProps = {
  segment: Segment;
  /** per phase (CHANNEL_PHASES order), the channels that cover it for this segment */
  covering: readonly (readonly Channel[])[];
  onSelect: (channelId: string) => void;
  t: TFunction;
};

const sameRow = (a: RowProps, b: RowProps) =>
  a.segment === b.segment &&
  a.onSelect === b.onSelect &&
  a.t === b.t &&
  a.covering.every((channels, i) => sameItems(channels, b.covering[i] ?? []));

// Memoised: an edit to one channel renders only the rows where that channel appears.
const MatrixRow = memo(function MatrixRow({ segment, covering, onSelect, t }: RowProps) {
  return (
    <tr>
      <th scope="row">
        <SegmentTag segment={segment} />
      </th>
      {CHANNEL_PHASES.map((phase, i) => {
        const channels = covering[i] ?? [];
        return (
          <td key={phase} className={channels.length === 0 ? 'phase-matrix__gap' : undefined}>
            {channels.length === 0 ? (
              <span className="phase-matrix__gap-text">
                <span aria-hidden="true">⚠ </span>
                {t('channels:matrix.gap')}
              </span>
            ) : (
              <ul className="phase-matrix__channels">
                {channels.map((channel) => (
                  <li key={channel.id}>
                    <LinkButton onClick={() => onSelect(channel.id)}>
                      {channelName(t, channel)}
                    </LinkButton>
                  </li>
                ))}
              </ul>
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);

/** Segment id → per phase, the channels covering it: one pass over the channels. */
function coverage(channels: readonly Channel[]): Map<string, Channel[][]> {
  const bySegment = new Map<string, Channel[][]>();
  for (const channel of channels) {
    for (const segmentId of new Set(channel.segmentIds)) {
      let phases = bySegment.get(segmentId);
      if (!phases) {
        phases = CHANNEL_PHASES.map(() => []);
        bySegment.set(segmentId, phases);
      }
      CHANNEL_PHASES.forEach((phase, i) => {
        if (channel.phases.includes(phase)) phases[i]?.push(channel);
      });
    }
  }
  return bySegment;
}

const UNCOVERED: readonly (readonly Channel[])[] = CHANNEL_PHASES.map(() => []);

/** Segments × the five channel phases: which channels cover each cell, and where nothing does. */
export function PhaseMatrix({ segments, channels, onSelect }: Props) {
  const { t } = useTranslation();
  const covered = useMemo(() => coverage(channels), [channels]);
  if (segments.length === 0)
    return <p className="channels__help">{t('channels:matrix.noSegments')}</p>;
  return (
    <div className="phase-matrix__scroll">
      <table className="phase-matrix">
        <caption className="visually-hidden">{t('channels:matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('channels:matrix.segment')}</th>
            {CHANNEL_PHASES.map((phase) => (
              <th key={phase} scope="col">
                {t(`common:enum.phase.${phase}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {segments.map((segment) => (
            <MatrixRow
              key={segment.id}
              segment={segment}
              covering={covered.get(segment.id) ?? UNCOVERED}
              onSelect={onSelect}
              t={t}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
