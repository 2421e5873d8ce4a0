import type { TFunction } from 'i18next';

import type { Canvas } from '@/domain';

import type { Slide } from './slides';

/** The plain-text title of a slide: its heading, and what the live region announces. */
export function slideTitle(t: TFunction, slide: Slide, canvas: Canvas): string {
  const segmentName = (id: string | null) => {
    const name = canvas.segments.find((s) => s.id === id)?.name.trim();
    return name || t('classroom:present.unnamedSegment');
  };
  switch (slide.kind) {
    case 'title':
      return canvas.name.trim() || t('classroom:present.untitledCanvas');
    case 'block':
      return t(`common:block.${slide.block}.title`);
    case 'relationships':
      return t('classroom:present.relationshipsTitle', { segment: segmentName(slide.segmentId) });
    case 'economics':
      return t('classroom:present.economicsTitle', { segment: segmentName(slide.segmentId) });
    case 'channelAnswers':
      return t('numbers:questions.slideTitle', { segment: segmentName(slide.segmentId) });
    case 'checklist':
      return t('numbers:checklist.heading');
    case 'findings':
      return slide.segmentId === null
        ? t('classroom:present.canvasFindingsTitle')
        : t('classroom:present.findingsTitle', { segment: segmentName(slide.segmentId) });
  }
}
