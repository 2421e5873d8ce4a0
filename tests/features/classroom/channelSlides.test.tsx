import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SlideView } from '@/features/classroom/SlideView';
import { buildSlides } from '@/features/classroom/slides';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { evaluationOf } from '@/store/selectors';

import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

function slidesNow() {
  const canvas = activeCanvas();
  const evaluation = evaluationOf(canvas);
  return { canvas, evaluation, slides: buildSlides(canvas, evaluation) };
}

describe('channel questions and checklist in presentation mode (§9.7)', () => {
  it('should add a segment slide only once a channel question is answered, and show the answer', async () => {
    const { segmentId } = seedSmbCanvas();
    expect(slidesNow().slides.some((s) => s.kind === 'channelAnswers')).toBe(false);

    useCanvasStore.getState().updateChannelAnswer(segmentId, 'routines', 'They order on Mondays');
    const { canvas, evaluation, slides } = slidesNow();
    const slide = slides.find((s) => s.kind === 'channelAnswers');
    if (!slide) throw new Error('no channel slide');
    // before the segment's relationships slide
    expect(slides.indexOf(slide)).toBe(slides.findIndex((s) => s.kind === 'relationships') - 1);

    render(<SlideView canvas={canvas} evaluation={evaluation} slide={slide} revealed={0} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Channels of Small businesses',
    );
    expect(screen.getByText('They order on Mondays')).toBeInTheDocument();
    expect(screen.getAllByText('Not answered yet.')).toHaveLength(5);

    await act(() => i18next.changeLanguage('es'));
    expect(
      screen.getByText('¿Cómo encajan nuestros canales en la rutina de estos clientes?'),
    ).toBeInTheDocument();
  });

  it('should show the checklist with its done marks once anything is answered', () => {
    seedSmbCanvas();
    expect(slidesNow().slides.some((s) => s.kind === 'checklist')).toBe(false);
    useCanvasStore.getState().updateChecklistItem('channelsIntegrated', { done: true });
    const { canvas, evaluation, slides } = slidesNow();
    const slide = slides.find((s) => s.kind === 'checklist');
    if (!slide) throw new Error('no checklist slide');

    render(<SlideView canvas={canvas} evaluation={evaluation} slide={slide} revealed={0} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Channel innovation checklist',
    );
    const item = screen.getByText(/Are our channels well integrated/).closest('li') as HTMLElement;
    expect(item).toHaveTextContent('done');
    expect(screen.getAllByText('to do')).toHaveLength(6);
  });
});
