import type { ReactNode } from 'react';

import { CommentSlot } from '@/components/CommentSlot';
import { SeverityCounts } from '@/components/SeverityCounts';
import type { Finding } from '@/domain';

import type { CanvasBlockId } from '@/domain';

type Props = {
  block: CanvasBlockId;
  /** the block's title and guiding question, resolved once for the board */
  title: string;
  question: string;
  findings?: readonly Finding[];
  children?: ReactNode;
};

const NONE: readonly Finding[] = [];

/** One of the nine blocks: title, guiding question, findings marker and its content. */
export function BlockFrame({ block, title, question, findings = NONE, children }: Props) {
  return (
    <article
      className="canvas-block"
      data-block={block}
      data-has-findings={findings.length > 0 || undefined}
      aria-labelledby={`block-${block}`}
    >
      <header className="canvas-block__header">
        <h2 id={`block-${block}`} className="canvas-block__title">
          {title}
        </h2>
        <SeverityCounts findings={findings} />
        <CommentSlot kind="block" id={block} label={title} />
      </header>
      <p className="canvas-block__question">{question}</p>
      {children}
    </article>
  );
}
