import { useRef } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, Evaluation } from '@/domain';
import { BlockContent } from '@/components/BlockContent';
import { CANVAS_BLOCKS } from '@/domain';

import { usePosterFit } from './usePosterFit';

type Props = { canvas: Canvas; evaluation: Evaluation };

/** The nine blocks in Osterwalder's layout, sized to one landscape page. */
export function CanvasPoster({ canvas, evaluation }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  usePosterFit(ref, canvas);
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <section ref={ref} className="poster print-page" aria-label={t('common:canvas.label')}>
      <header className="poster__header">
        <h1 className="poster__title">
          {canvas.name.trim() || t('classroom:present.untitledCanvas')}
        </h1>
        <p className="poster__meta">{t('classroom:print.meta', { date: today })}</p>
      </header>
      <div className="poster__grid">
        {CANVAS_BLOCKS.map((block) => (
          <div key={block} className={`poster__cell poster__cell--${block}`} data-fit="">
            <h2 className="poster__block-title">{t(`common:block.${block}.title`)}</h2>
            <BlockContent canvas={canvas} evaluation={evaluation} block={block} />
          </div>
        ))}
      </div>
    </section>
  );
}
