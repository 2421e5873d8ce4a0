import { memo, useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Evaluation, Segment } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { evaluationSelectors } from '@/store/canvasView';
import { fieldId, useUiStore } from '@/store/uiStore';

import { SegmentCard } from './SegmentCard';
import './SegmentsBlock.css';

type Props = {
  segments: readonly Segment[];
  currency: string;
  /** null until the board's evaluation is in: no findings yet */
  evaluation: Evaluation | null;
};

/** DOM id of the block's add button, where a new canvas starts the keyboard. */
export const ADD_SEGMENT_ID = 'add-segment';

/** The customer segments block: one card per segment, in canvas order. */
export const SegmentsBlock = memo(function SegmentsBlock({
  segments,
  currency,
  evaluation,
}: Props) {
  const { t } = useTranslation();
  const addSegment = useCanvasStore((s) => s.addSegment);
  const openPanel = useUiStore((s) => s.openPanel);
  const count = segments.length;
  const previousCount = useRef(count);

  // Deleting a segment removes the card (and dialog) that held focus; catch the keyboard here.
  useEffect(() => {
    if (count < previousCount.current && document.activeElement === document.body) {
      document.getElementById(ADD_SEGMENT_ID)?.focus();
    }
    previousCount.current = count;
  }, [count]);

  const add = () => {
    const id = addSegment();
    openPanel({ kind: 'segment', segmentId: id }, fieldId(id, 'name'));
  };

  return (
    <>
      {segments.length === 0 ? (
        <p className="canvas-block__empty">{t('editor:segment.empty')}</p>
      ) : (
        <ol className="segment-list">
          {segments.map((segment, index) => (
            <SegmentCard
              key={segment.id}
              segment={segment}
              index={index}
              count={count}
              currency={currency}
              findings={evaluationSelectors.findingsFor(evaluation, segment.id)}
            />
          ))}
        </ol>
      )}
      <button
        id={ADD_SEGMENT_ID}
        type="button"
        className="button button--small canvas-block__add"
        onClick={add}
      >
        <span aria-hidden="true">+</span> {t('editor:segment.add')}
      </button>
    </>
  );
});
