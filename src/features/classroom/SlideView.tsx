import { useTranslation } from '@/i18n/useTranslation';

import type { Canvas, Evaluation } from '@/domain';
import { ChannelAnswers } from '@/components/channelAnswers/ChannelAnswers';
import { ChecklistSummary } from '@/components/channelAnswers/ChecklistSummary';
import { SegmentTag } from '@/components/SegmentTag';

import { BlockContent } from '@/components/BlockContent';
import { EconomicsSlide } from './EconomicsSlide';
import { FindingsSlide } from './FindingsSlide';
import { RelationshipsSlide } from './RelationshipsSlide';
import { slideTitle } from './slideTitle';
import type { Slide } from './slides';

type Props = { canvas: Canvas; evaluation: Evaluation; slide: Slide; revealed: number };

/** One slide: a heading and what the canvas and its evaluation say about it. */
export function SlideView({ canvas, evaluation, slide, revealed }: Props) {
  const { t } = useTranslation();
  const segment =
    'segmentId' in slide ? canvas.segments.find((s) => s.id === slide.segmentId) : undefined;
  const body = (() => {
    switch (slide.kind) {
      case 'title':
        return (
          <div className="slide__body">
            <p className="slide__lead">
              {t('classroom:present.titleLead', { count: canvas.segments.length })}
            </p>
            {canvas.description && <p className="slide__description">{canvas.description}</p>}
          </div>
        );
      case 'block':
        return (
          <div className="slide__body">
            <p className="slide__lead">{t(`common:block.${slide.block}.question`)}</p>
            <BlockContent canvas={canvas} evaluation={evaluation} block={slide.block} />
          </div>
        );
      case 'relationships':
        return (
          segment && (
            <RelationshipsSlide canvas={canvas} evaluation={evaluation} segment={segment} />
          )
        );
      case 'economics':
        return (
          segment && <EconomicsSlide canvas={canvas} evaluation={evaluation} segment={segment} />
        );
      case 'channelAnswers':
        return (
          segment && (
            <div className="slide__body">
              <ChannelAnswers segment={segment} />
            </div>
          )
        );
      case 'checklist':
        return (
          <div className="slide__body">
            <ChecklistSummary canvas={canvas} />
          </div>
        );
      case 'findings':
        return <FindingsSlide canvas={canvas} findings={slide.findings} revealed={revealed} />;
    }
  })();
  return (
    <article className={`slide slide--${slide.kind}`} aria-labelledby="slide-title">
      <header className="slide__header">
        {segment && <SegmentTag segment={segment} showName={false} />}
        <h2 id="slide-title" className="slide__title">
          {slideTitle(t, slide, canvas)}
        </h2>
      </header>
      {body}
    </article>
  );
}
