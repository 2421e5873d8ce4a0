import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import GuidedTour from '@/features/guide/GuidedTour';
import { loadGuideSeen } from '@/persistence/guidePreference';
import { useCanvasStore } from '@/store/canvasStore';

function setUp() {
  useCanvasStore.getState().createCanvas({ name: 'Bike repair shop' });
  useCanvasStore.getState().addSegment({ name: 'Commuters' });
  const onClose = vi.fn();
  render(
    <>
      <CanvasBoard />
      <GuidedTour onClose={onClose} />
    </>,
  );
  return { onClose, user: userEvent.setup() };
}

const card = () => screen.getByRole('dialog');
const ring = () => document.querySelector<HTMLElement>('.guide-ring');

describe('GuidedTour', () => {
  it('should walk through the four questions and get, keep, grow, pointing at the real blocks', async () => {
    const { onClose, user } = setUp();
    expect(card()).toHaveAccessibleName('Welcome to Vínculo');
    expect(card()).toHaveFocus();
    expect(screen.getByText('Step 1 of 8')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(card()).toHaveAccessibleName('1. What relationship does each segment expect?');
    expect(card()).toHaveTextContent('open “Commuters” and choose the relationships it expects');
    const segmentsBlock = document.querySelector<HTMLElement>('[data-block="customerSegments"]');
    const box = {
      top: 120,
      left: 40,
      width: 300,
      height: 200,
      right: 340,
      bottom: 320,
      x: 40,
      y: 120,
    };
    vi.spyOn(segmentsBlock as HTMLElement, 'getBoundingClientRect').mockReturnValue({
      ...box,
      toJSON: () => box,
    });
    window.dispatchEvent(new Event('resize'));
    await waitFor(() => expect(ring()?.style.top).toBe('114px'));
    expect(ring()?.style.width).toBe('312px');

    // keyboard: arrows on the card move through the remaining steps
    card().focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}{ArrowRight}');
    expect(card()).toHaveAccessibleName('4. How do they fit with the rest of the model?');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(card()).toHaveAccessibleName('Grow: sell them more');
    expect(card()).toHaveTextContent('no “Grow” tactics yet');

    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(loadGuideSeen()).toBe(true);
  });

  it('should be left at any step with Esc, and remember it was seen', async () => {
    const { onClose, user } = setUp();
    expect(loadGuideSeen()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(loadGuideSeen()).toBe(true);
  });

  it('should be left with the skip button, and remember it was seen', async () => {
    const { onClose, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Skip the tour' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(loadGuideSeen()).toBe(true);
  });
});
