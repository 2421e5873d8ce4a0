import { memo, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, Evaluation, Finding, NoteBlock } from '@/domain';
import { NotesBlock } from '@/features/notes';
import { SegmentsBlock } from '@/features/segments';
import { sameProps } from '@/lib/sameProps';
import { useShownCanvas } from '@/store/canvasView';

import { BlockFrame } from './BlockFrame';
import { CANVAS_BLOCKS, type CanvasBlockId } from '@/domain';
import { ChannelsBlock } from './ChannelsBlock';
import { LazyComputedTotals } from './LazyComputedTotals';
import { RelationshipsBlock } from './RelationshipsBlock';
import { useBoardEvaluation } from './useBoardEvaluation';
import './CanvasBoard.css';

/** The parts of the canvas one block shows: nothing else reaches it. */
type Slices = {
  segments: Canvas['segments'];
  currency: string;
  /** null for the first frames, until the evaluation's code is in (useBoardEvaluation) */
  evaluation: Evaluation | null;
  notes?: Canvas[NoteBlock];
  relationships?: Canvas['relationships'];
  tactics?: Canvas['tactics'];
  channels?: Canvas['channels'];
};

function slicesOf(block: CanvasBlockId, canvas: Canvas, evaluation: Evaluation | null): Slices {
  const { segments, currency } = canvas;
  const common = { segments, currency, evaluation };
  if (block === 'customerSegments') return common;
  if (block === 'customerRelationships')
    return { ...common, relationships: canvas.relationships, tactics: canvas.tactics };
  if (block === 'channels') return { ...common, channels: canvas.channels };
  return { ...common, notes: canvas[block] };
}

const NONE: readonly never[] = [];

function BlockContent({ block, slices }: { block: CanvasBlockId; slices: Slices }) {
  const { segments, currency, evaluation } = slices;
  switch (block) {
    case 'customerSegments':
      return <SegmentsBlock segments={segments} currency={currency} evaluation={evaluation} />;
    case 'customerRelationships':
      return (
        <RelationshipsBlock
          segments={segments}
          relationships={slices.relationships ?? NONE}
          tactics={slices.tactics ?? NONE}
        />
      );
    case 'channels':
      return (
        <ChannelsBlock
          channels={slices.channels ?? NONE}
          segments={segments}
          evaluation={evaluation}
        />
      );
    default:
      return (
        <>
          {evaluation && (block === 'costStructure' || block === 'revenueStreams') && (
            <LazyComputedTotals
              segments={segments}
              currency={currency}
              evaluation={evaluation}
              metric={block === 'costStructure' ? 'relationshipCost' : 'revenue'}
            />
          )}
          <NotesBlock block={block} notes={slices.notes ?? NONE} segments={segments} />
        </>
      );
  }
}

type BlockProps = Partial<Slices> & {
  block: CanvasBlockId;
  title: string;
  question: string;
  findings?: readonly Finding[];
};

/**
 * One block with only its own slices of the canvas (none with no canvas open: the empty frame),
 * memoised on them: typing in a note renders that note's block, not the eight others.
 */
const Block = memo(function Block({ block, title, question, findings, ...slices }: BlockProps) {
  return (
    <BlockFrame block={block} title={title} question={question} findings={findings}>
      {/* all slices or none: slicesOf gives each block every part it reads */}
      {slices.segments && <BlockContent block={block} slices={slices as Slices} />}
    </BlockFrame>
  );
}, sameProps);

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
  const label = useMemo(() => t('common:canvas.label'), [t]);
  return (
    <section className="canvas-board" aria-label={label}>
      {CANVAS_BLOCKS.map((block) => (
        <Block
          key={block}
          block={block}
          title={texts.get(block)?.title ?? ''}
          question={texts.get(block)?.question ?? ''}
          findings={evaluated?.byBlock.get(block)}
          {...(canvas && slicesOf(block, canvas, evaluated?.evaluation ?? null))}
        />
      ))}
    </section>
  );
});
