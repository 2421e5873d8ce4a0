import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, Evaluation, Note, Segment } from '@/domain';
import { useFormat } from '@/hooks/useFormat';
import type { CanvasBlockId } from '@/domain';

import { SegmentTag } from './SegmentTag';

type Props = { canvas: Canvas; evaluation: Evaluation; block: CanvasBlockId };

/** The segments a note or channel serves, as labelled chips (names stay available to screen readers). */
function SegmentTags({ segments }: { segments: readonly Segment[] }) {
  if (segments.length === 0) return null;
  return (
    <span className="block-content__tags">
      {segments.map((segment) => (
        <SegmentTag key={segment.id} segment={segment} showName={false} />
      ))}
    </span>
  );
}

const segmentsById = (canvas: Canvas, ids: readonly string[] | undefined) =>
  canvas.segments.filter((s) => ids?.includes(s.id));

function noteItems(canvas: Canvas, notes: readonly Note[]) {
  return notes.map((note) => (
    <li key={note.id}>
      <span className="block-content__text">{note.text}</span>
      <SegmentTags segments={segmentsById(canvas, note.linkedIds)} />
    </li>
  ));
}

/**
 * What one canvas block says, as a list: notes with their segments, or the segments, channels
 * and relationships themselves. Totals come from the domain's evaluation. Used on slides and
 * on the printed poster, which size it differently.
 */
export function BlockContent({ canvas, evaluation, block }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = (() => {
    switch (block) {
      case 'customerSegments':
        return canvas.segments.map((segment) => (
          <li key={segment.id}>
            <SegmentTag segment={segment} />
            <span className="block-content__detail">
              {t('classroom:content.segmentDetail', {
                market: t(`common:enum.marketType.${segment.marketType}`),
                size: format.decimal(segment.size, 0),
              })}
            </span>
          </li>
        ));
      case 'channels':
        return canvas.channels.map((channel) => (
          <li key={channel.id}>
            <span className="block-content__text">
              {channel.name || t(`common:enum.channelKind.${channel.kind}`)}
            </span>
            {channel.phases.length > 0 && (
              <span className="block-content__detail">
                {t('classroom:content.phases', { phases: channel.phases.join(',') })}
              </span>
            )}
            <SegmentTags segments={segmentsById(canvas, channel.segmentIds)} />
          </li>
        ));
      case 'customerRelationships':
        return canvas.segments.flatMap((segment) => {
          const types = [
            ...new Set(
              canvas.relationships.filter((r) => r.segmentId === segment.id).map((r) => r.type),
            ),
          ];
          if (types.length === 0) return [];
          return [
            <li key={segment.id}>
              <SegmentTag segment={segment} />
              <span className="block-content__text">
                {t('classroom:content.types', { types: types.join(',') })}
              </span>
            </li>,
          ];
        });
      case 'revenueStreams':
        return [
          ...noteItems(canvas, canvas.revenueStreams),
          ...evaluation.segments.flatMap((economics) => {
            const segment = canvas.segments.find((s) => s.id === economics.segmentId);
            if (!segment || economics.revenue === null || economics.revenue <= 0) return [];
            return [
              <li key={segment.id} className="block-content__figure">
                <SegmentTag segment={segment} />
                <span className="block-content__text">
                  {format.perMonth(economics.revenue, canvas.currency)}
                </span>
              </li>,
            ];
          }),
        ];
      case 'costStructure':
        return [
          ...noteItems(canvas, canvas.costStructure),
          ...(evaluation.totals.relationshipCost > 0
            ? [
                <li key="relationships" className="block-content__figure">
                  <span className="block-content__text">
                    {t('classroom:content.relationshipCost', {
                      value: format.money(evaluation.totals.relationshipCost, canvas.currency),
                    })}
                  </span>
                </li>,
              ]
            : []),
        ];
      default:
        return noteItems(canvas, canvas[block]);
    }
  })();
  return items.length === 0 ? (
    <p className="block-content block-content--empty">{t('classroom:content.empty')}</p>
  ) : (
    <ul className="block-content">{items}</ul>
  );
}
