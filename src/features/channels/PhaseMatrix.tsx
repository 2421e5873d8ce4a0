import { useTranslation } from 'react-i18next';

import { CHANNEL_PHASES, type Canvas } from '@/domain';
import { SegmentTag } from '@/components/SegmentTag';
import { LinkButton } from '@/components/LinkButton';

import { channelName } from './channelName';

type Props = { canvas: Canvas; onSelect: (channelId: string) => void };

/** Segments × the five channel phases: which channels cover each cell, and where nothing does. */
export function PhaseMatrix({ canvas, onSelect }: Props) {
  const { t } = useTranslation();
  if (canvas.segments.length === 0)
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
          {canvas.segments.map((segment) => (
            <tr key={segment.id}>
              <th scope="row">
                <SegmentTag segment={segment} />
              </th>
              {CHANNEL_PHASES.map((phase) => {
                const covering = canvas.channels.filter(
                  (c) => c.segmentIds.includes(segment.id) && c.phases.includes(phase),
                );
                return (
                  <td
                    key={phase}
                    className={covering.length === 0 ? 'phase-matrix__gap' : undefined}
                  >
                    {covering.length === 0 ? (
                      <span className="phase-matrix__gap-text">
                        <span aria-hidden="true">⚠ </span>
                        {t('channels:matrix.gap')}
                      </span>
                    ) : (
                      <ul className="phase-matrix__channels">
                        {covering.map((channel) => (
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
