import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Canvas, Evaluation } from '@/domain';
import { NotesBlock } from '@/features/notes';
import { SegmentsBlock } from '@/features/segments';
import { useShownCanvas } from '@/store/canvasView';

import { BlockFrame } from './BlockFrame';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/domain';
import { ChannelsBlock } from './ChannelsBlock';
import { ComputedTotals } from './ComputedTotals';
import { RelationshipsBlock } from './RelationshipsBlock';
import { useBoardEvaluation } from './useBoardEvaluation';
import './CanvasBoard.css';

/**
 * Each block gets only its own slices of the canvas and is memoised on them, so an edit renders
 * the one block it changed: typing in a note renders that note's list, not the board.
 */
function BlockContent({
  block,
  canvas,
  evaluation,
}: {
  block: CanvasBlockId;
  canvas: Canvas;
  /** null for the first frames, until the evaluation's code is in */
  evaluation: Evaluation | null;
}) {
  const { segments, currency } = canvas;
  switch (block) {
    case 'customerSegments':
      return <SegmentsBlock segments={segments} currency={currency} evaluation={evaluation} />;
    case 'customerRelationships':
      return (
        <RelationshipsBlock
          segments={segments}
          relationships={canvas.relationships}
          tactics={canvas.tactics}
        />
      );
    case 'channels':
      return (
        <ChannelsBlock channels={canvas.channels} segments={segments} evaluation={evaluation} />
      );
    default:
      return (
        <>
          {evaluation && (block === 'costStructure' || block === 'revenueStreams') && (
            <ComputedTotals
              segments={segments}
              currency={currency}
              evaluation={evaluation}
              metric={block === 'costStructure' ? 'relationshipCost' : 'revenue'}
            />
          )}
          <NotesBlock block={block} notes={canvas[block]} segments={segments} />
        </>
      );
  }
}

/**
 * The nine blocks in Osterwalder's layout. With no canvas open (first run) it shows the empty
 * frame with each block's guiding question, as a preview of what the user will fill in.
 * Edits made on the board render at once, so focus can follow a moved card; while an editor
 * covers the board, it waits and catches up when the editor closes (the `board` version).
 * Its findings and totals follow a moment after its content (`useBoardEvaluation`).
 */
export const CanvasBoard = memo(function CanvasBoard() {
  const { t } = useTranslation();
  const canvas = useShownCanvas('board');
  const evaluated = useBoardEvaluation(canvas);
  // Titles and questions resolved once per language, not on every edit.
  const texts = useMemo(
    () =>
      new Map(
        CANVAS_BLOCKS.map((block) => [
          block,
          {
            title: t(`common:block.${block}.title`),
            question: t(`common:block.${block}.question`),
          },
        ]),
      ),
    [t],
  );
  // The same elements while the shown canvas is unchanged (an editor covers the board), so
  // those renders stop here.
  return useMemo(() => {
    return (
      <section className="canvas-board" aria-label={t('common:canvas.label')}>
        {CANVAS_BLOCKS.map((block) => (
          <BlockFrame
            key={block}
            block={block}
            title={texts.get(block)?.title ?? ''}
            question={texts.get(block)?.question ?? ''}
            findings={evaluated?.byBlock.get(block)}
          >
            {canvas && (
              <BlockContent
                block={block}
                canvas={canvas}
                evaluation={evaluated?.evaluation ?? null}
              />
            )}
          </BlockFrame>
        ))}
      </section>
    );
  }, [canvas, evaluated, texts, t]);
});
