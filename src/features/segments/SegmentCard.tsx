import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CommentSlot } from '@/components/CommentSlot';
import { SegmentTag, segmentColor } from '@/components/SegmentTag';
import { SeverityCounts } from '@/components/SeverityCounts';
import type { Finding, Segment } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useFormat } from '@/hooks/useFormat';
import { sameProps } from '@/lib/sameProps';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

type Props = {
  segment: Segment;
  index: number;
  count: number;
  currency: string;
  findings: readonly Finding[];
};

// Memoised: typing in one segment re-renders only its own card on a board of hundreds.
export const SegmentCard = memo(function SegmentCard({
  segment,
  index,
  count,
  currency,
  findings,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const openPanel = useUiStore((s) => s.openPanel);
  const moveSegment = useCanvasStore((s) => s.moveSegment);
  const focusLater = useFocusAfterRender();
  const upId = `${segment.id}-up`;
  const downId = `${segment.id}-down`;
  // At the top or bottom the pressed button is disabled; the keyboard moves to its twin.
  const move = (to: number) => {
    moveSegment(index, to);
    focusLater(...(to < index ? [upId, downId] : [downId, upId]));
  };
  const name = segment.name.trim() || t('editor:segment.unnamed');
  // Visible verbs stay short; screen readers also hear which segment each button acts on. An
  // aria-label, not a hidden span: hundreds of cards, each element fewer counts.
  const named = (verb: string) => `${verb} ${name}`;

  return (
    <li
      className={`segment-card seg-border-${segmentColor(segment)}`}
      data-has-findings={findings.length > 0 || undefined}
    >
      <div className="segment-card__head">
        <SegmentTag segment={segment} />
        <SeverityCounts findings={findings} />
        <CommentSlot kind="segment" id={segment.id} label={name} />
      </div>
      <dl className="segment-card__facts">
        <div>
          <dt>{t('editor:segment.card.market')}</dt>
          <dd>{t(`common:enum.marketType.${segment.marketType}`)}</dd>
        </div>
        <div>
          <dt>{t('editor:segment.card.size')}</dt>
          <dd>
            {t('editor:segment.card.customers', {
              count: segment.size,
              value: format.decimal(segment.size, 0),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('editor:segment.card.arpu')}</dt>
          <dd>
            {t('editor:segment.card.perMonth', {
              value: format.money(segment.monthlyRevenuePerCustomer, currency),
            })}
          </dd>
        </div>
      </dl>
      <div className="segment-card__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={named(t('common:action.edit'))}
          onClick={() => openPanel({ kind: 'segment', segmentId: segment.id })}
        >
          {t('common:action.edit')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={named(t('editor:segment.card.relationships'))}
          onClick={() =>
            openPanel({ kind: 'workbench', segmentId: segment.id, tab: 'relationships' })
          }
        >
          {t('editor:segment.card.relationships')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={named(t('editor:segment.card.whatIf'))}
          onClick={() => openPanel({ kind: 'scenario', segmentId: segment.id })}
        >
          {t('editor:segment.card.whatIf')}
        </button>
        <span className="segment-card__move">
          <button
            id={upId}
            type="button"
            className="button button--small icon-button"
            disabled={index === 0}
            onClick={() => move(index - 1)}
            title={t('common:action.moveUp')}
            aria-label={named(t('common:action.moveUp'))}
          >
            ↑
          </button>
          <button
            id={downId}
            type="button"
            className="button button--small icon-button"
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
            title={t('common:action.moveDown')}
            aria-label={named(t('common:action.moveDown'))}
          >
            ↓
          </button>
        </span>
      </div>
    </li>
  );
}, sameProps);
