import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Canvas, Evaluation } from '@/domain';
import { NotesBlock } from '@/features/notes';
import { SegmentsBlock } from '@/features/segments';
import { useResults } from '@/store/selectors';

import { BlockFrame } from './BlockFrame';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/domain';
import { ChannelsBlock } from './ChannelsBlock';
import { ComputedTotals } from './ComputedTotals';
import { findingsByBlock } from './blockFindings';
import { RelationshipsBlock } from './RelationshipsBlock';
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
  evaluation: Evaluation;
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
          {(block === 'costStructure' || block === 'revenueStreams') && (
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
 * covers the board, it waits and catches up when the editor closes (`useResults('board')`).
 */
export const CanvasBoard = memo(function CanvasBoard() {
  const { t } = useTranslation();
  const results = useResults('board');
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
    const byBlock = results ? findingsByBlock(results.evaluation) : null;
    return (
      <section className="canvas-board" aria-label={t('common:canvas.label')}>
        {CANVAS_BLOCKS.map((block) => (
          <BlockFrame
            key={block}
            block={block}
            title={texts.get(block)?.title ?? ''}
            question={texts.get(block)?.question ?? ''}
            findings={byBlock?.get(block)}
          >
            {results && (
              <BlockContent block={block} canvas={results.canvas} evaluation={results.evaluation} />
            )}
          </BlockFrame>
        ))}
      </section>
    );
  }, [results, texts, t]);
});
