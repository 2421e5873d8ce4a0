import { useTranslation } from 'react-i18next';

import { CANVAS_BLOCKS } from './blocks';
import './CanvasBoard.css';

export function CanvasBoard() {
  const { t } = useTranslation();
  return (
    <section className="canvas-board" aria-label={t('common:canvas.label')}>
      {CANVAS_BLOCKS.map((block) => (
        <article key={block} className="canvas-block" data-block={block} aria-labelledby={`block-${block}`}>
          <h2 id={`block-${block}`} className="canvas-block__title">
            {t(`common:block.${block}.title`)}
          </h2>
          <p className="canvas-block__question">{t(`common:block.${block}.question`)}</p>
        </article>
      ))}
    </section>
  );
}
