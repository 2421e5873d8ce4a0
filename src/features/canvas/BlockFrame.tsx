import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { SeverityCounts } from '@/components/SeverityCounts';
import type { Finding } from '@/domain';

import type { CanvasBlockId } from '@/lib/canvasBlocks';

type Props = {
  block: CanvasBlockId;
  findings?: readonly Finding[];
  children?: ReactNode;
};

/** One of the nine blocks: title, guiding question, findings marker and its content. */
export function BlockFrame({ block, findings = [], children }: Props) {
  const { t } = useTranslation();
  return (
    <article
      className="canvas-block"
      data-block={block}
      data-has-findings={findings.length > 0 || undefined}
      aria-labelledby={`block-${block}`}
    >
      <header className="canvas-block__header">
        <h2 id={`block-${block}`} className="canvas-block__title">
          {t(`common:block.${block}.title`)}
        </h2>
        <SeverityCounts findings={findings} />
      </header>
      <p className="canvas-block__question">{t(`common:block.${block}.question`)}</p>
      {children}
    </article>
  );
}
