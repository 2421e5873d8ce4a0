import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { NOTE_BLOCKS, type Canvas, type Evaluation, type NoteBlock } from '@/domain';
import { NotesBlock } from '@/features/notes';
import { SegmentsBlock } from '@/features/segments';
import { evaluationOf } from '@/store/selectors';
import { useBoardCanvas } from '@/store/useBoardCanvas';

import { BlockFrame } from './BlockFrame';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/lib/canvasBlocks';
import { ChannelsBlock } from './ChannelsBlock';
import { ComputedTotals } from './ComputedTotals';
import { findingsByBlock } from './blockFindings';
import { RelationshipsBlock } from './RelationshipsBlock';
import './CanvasBoard.css';

const isNoteBlock = (block: CanvasBlockId): block is NoteBlock =>
  (NOTE_BLOCKS as readonly string[]).includes(block);

function BlockContent({
  block,
  canvas,
  evaluation,
}: {
  block: CanvasBlockId;
  canvas: Canvas;
  evaluation: Evaluation;
}) {
  if (block === 'customerSegments')
    return <SegmentsBlock canvas={canvas} evaluation={evaluation} />;
  if (block === 'customerRelationships') return <RelationshipsBlock canvas={canvas} />;
  if (block === 'channels') return <ChannelsBlock canvas={canvas} evaluation={evaluation} />;
  if (!isNoteBlock(block)) return null;
  return (
    <>
      {block === 'costStructure' && (
        <ComputedTotals canvas={canvas} evaluation={evaluation} metric="relationshipCost" />
      )}
      {block === 'revenueStreams' && (
        <ComputedTotals canvas={canvas} evaluation={evaluation} metric="revenue" />
      )}
      <NotesBlock canvas={canvas} block={block} />
    </>
  );
}

/**
 * The nine blocks in Osterwalder's layout. With no canvas open (first run) it shows the empty
 * frame with each block's guiding question, as a preview of what the user will fill in.
 * Edits made on the board render at once, so focus can follow a moved card; while an editor
 * covers the board, it waits and catches up when the editor closes (useBoardCanvas).
 */
export const CanvasBoard = memo(function CanvasBoard() {
  const { t } = useTranslation();
  const canvas = useBoardCanvas();
  // The same elements while the shown canvas is unchanged, so other renders stop here.
  return useMemo(() => {
    const evaluation = canvas ? evaluationOf(canvas) : null;
    const byBlock = evaluation ? findingsByBlock(evaluation.findings) : null;
    return (
      <section className="canvas-board" aria-label={t('common:canvas.label')}>
        {CANVAS_BLOCKS.map((block) => (
          <BlockFrame key={block} block={block} findings={byBlock?.get(block)}>
            {canvas && evaluation && (
              <BlockContent block={block} canvas={canvas} evaluation={evaluation} />
            )}
          </BlockFrame>
        ))}
      </section>
    );
  }, [canvas, t]);
});
