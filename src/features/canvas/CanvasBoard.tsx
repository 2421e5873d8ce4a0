import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Canvas, Evaluation, Finding, NoteBlock } from '@/domain';
import { NotesBlock } from '@/features/notes';
import { SegmentsBlock } from '@/features/segments';
import { sameProps } from '@/lib/sameProps';
import { useResults } from '@/store/selectors';

import { BlockFrame } from './BlockFrame';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/domain';
import { ChannelsBlock } from './ChannelsBlock';
import { ComputedTotals } from './ComputedTotals';
import { findingsByBlock } from './blockFindings';
import { RelationshipsBlock } from './RelationshipsBlock';
import './CanvasBoard.css';

/** The parts of the canvas one block shows: nothing else reaches it. */
type Slices = {
  segments: Canvas['segments'];
  currency?: string;
  evaluation?: Evaluation;
  notes?: Canvas[NoteBlock];
  relationships?: Canvas['relationships'];
  tactics?: Canvas['tactics'];
  channels?: Canvas['channels'];
};

function slicesOf(block: CanvasBlockId, canvas: Canvas, evaluation: Evaluation): Slices {
  const { segments, currency } = canvas;
  switch (block) {
    case 'customerSegments':
      return { segments, currency, evaluation };
    case 'customerRelationships':
      return { segments, relationships: canvas.relationships, tactics: canvas.tactics };
    case 'channels':
      return { segments, channels: canvas.channels, evaluation };
    case 'costStructure':
    case 'revenueStreams':
      return { segments, currency, evaluation, notes: canvas[block] };
    default:
      return { segments, notes: canvas[block] };
  }
}

function BlockContent({ block, slices }: { block: CanvasBlockId; slices: Slices }) {
  const { segments, currency = '', evaluation, notes = [] } = slices;
  switch (block) {
    case 'customerSegments':
      return (
        evaluation && (
          <SegmentsBlock segments={segments} currency={currency} evaluation={evaluation} />
        )
      );
    case 'customerRelationships':
      return (
        <RelationshipsBlock
          segments={segments}
          relationships={slices.relationships ?? []}
          tactics={slices.tactics ?? []}
        />
      );
    case 'channels':
      return (
        evaluation && (
          <ChannelsBlock
            channels={slices.channels ?? []}
            segments={segments}
            evaluation={evaluation}
          />
        )
      );
    default:
      return (
        <>
          {(block === 'costStructure' || block === 'revenueStreams') && evaluation && (
            <ComputedTotals
              segments={segments}
              currency={currency}
              evaluation={evaluation}
              metric={block === 'costStructure' ? 'relationshipCost' : 'revenue'}
            />
          )}
          <NotesBlock block={block} notes={notes} segments={segments} />
        </>
      );
  }
}

type BlockProps = {
  block: CanvasBlockId;
  title: string;
  question: string;
  findings?: readonly Finding[];
  /** absent with no canvas open (the empty frame) */
  slices?: Slices;
};

const sameBlock = (a: BlockProps, b: BlockProps) =>
  a.block === b.block &&
  a.title === b.title &&
  a.question === b.question &&
  a.findings === b.findings &&
  (a.slices === b.slices || (!!a.slices && !!b.slices && sameProps(a.slices, b.slices)));

/**
 * One block with only its own slices of the canvas, memoised on them: typing in a note renders
 * that note's block (and, inside it, that note), not the board's eight other blocks.
 */
const Block = memo(function Block({ block, title, question, findings, slices }: BlockProps) {
  return (
    <BlockFrame block={block} title={title} question={question} findings={findings}>
      {slices && <BlockContent block={block} slices={slices} />}
    </BlockFrame>
  );
}, sameBlock);

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
  const byBlock = results ? findingsByBlock(results.evaluation) : null;
  return (
    <section className="canvas-board" aria-label={t('common:canvas.label')}>
      {CANVAS_BLOCKS.map((block) => (
        <Block
          key={block}
          block={block}
          title={texts.get(block)?.title ?? ''}
          question={texts.get(block)?.question ?? ''}
          findings={byBlock?.get(block)}
          slices={results ? slicesOf(block, results.canvas, results.evaluation) : undefined}
        />
      ))}
    </section>
  );
});
