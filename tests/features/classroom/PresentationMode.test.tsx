import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { getExampleCanvases } from '@/domain/examples';
import PresentationMode from '@/features/classroom/PresentationMode';
import { buildSlides } from '@/features/classroom/slides';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors, evaluationOf } from '@/store/selectors';

function openExample(id: string) {
  const example = getExampleCanvases('en').find((canvas) => canvas.id === id);
  if (!example) throw new Error(`no example ${id}`);
  useCanvasStore.getState().addCanvasCopy(example);
  const canvas = canvasSelectors.active(useCanvasStore.getState());
  if (!canvas) throw new Error('no open canvas');
  return {
    canvas,
    evaluation: evaluationOf(canvas),
    slides: buildSlides(canvas, evaluationOf(canvas)),
  };
}

const slideHeading = () => screen.getByRole('heading', { level: 2 });
const progress = (current: number, total: number) => screen.getByText(`${current} / ${total}`);
const liveRegion = () => {
  const region = document.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
};

describe('PresentationMode', () => {
  it('should step through the nine blocks in story order with the arrow keys, space and PageDown', async () => {
    const user = userEvent.setup();
    const { canvas, slides } = openExample('nespresso');
    render(<PresentationMode onExit={() => {}} />);

    expect(screen.getByRole('dialog', { name: 'Presentation' })).toBeInTheDocument();
    expect(slideHeading()).toHaveTextContent(canvas.name);
    progress(1, slides.length);

    const story = [
      'Customer segments',
      'Value propositions',
      'Channels',
      'Customer relationships',
      'Revenue streams',
    ];
    const keys = ['{ArrowRight}', ' ', '{PageDown}', '{ArrowRight}', '{ArrowRight}'];
    for (const [i, key] of keys.entries()) {
      await user.keyboard(key);
      expect(slideHeading()).toHaveTextContent(story[i] ?? '');
      progress(i + 2, slides.length);
    }
    expect(liveRegion()).toHaveTextContent(`Revenue streams. Slide 6 of ${slides.length}.`);

    await user.keyboard('{ArrowLeft}{PageUp}');
    expect(slideHeading()).toHaveTextContent('Channels');
    await user.keyboard('{End}');
    progress(slides.length, slides.length);
    await user.keyboard('{Home}');
    expect(slideHeading()).toHaveTextContent(canvas.name);
  });

  it("should show each segment's relationships and the economics the domain computed", async () => {
    const user = userEvent.setup();
    const { canvas, evaluation } = openExample('nespresso');
    const segment = canvas.segments[0];
    const economics = evaluation.segments[0];
    if (!segment || !economics) throw new Error('example without segments');
    render(<PresentationMode onExit={() => {}} />);

    await user.keyboard('{ArrowRight}'.repeat(10));
    expect(slideHeading()).toHaveTextContent(`${segment.name}: relationships`);
    const relationships = canvas.relationships.filter((r) => r.segmentId === segment.id);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(relationships.length);

    await user.keyboard('{ArrowRight}');
    expect(slideHeading()).toHaveTextContent(`${segment.name}: economics`);
    const money = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: canvas.currency,
      maximumFractionDigits: 0,
    });
    const revenue = screen.getByText('Revenue').closest('div');
    expect(revenue).toHaveTextContent(`${money.format(economics.revenue ?? Number.NaN)}/month`);
  });

  it('should let the presenter reveal the findings one by one, and hide them again going back', async () => {
    const user = userEvent.setup();
    // A segment with nothing around it yet draws several findings.
    useCanvasStore.getState().createCanvas({ name: 'Corner café' });
    useCanvasStore
      .getState()
      .addSegment({ name: 'Walk-ins', size: 300, monthlyRevenuePerCustomer: 12 });
    const canvas = canvasSelectors.active(useCanvasStore.getState());
    if (!canvas) throw new Error('no open canvas');
    const slides = buildSlides(canvas, evaluationOf(canvas));
    const index = slides.findIndex(
      (slide) => slide.kind === 'findings' && slide.findings.length >= 2,
    );
    const slide = slides[index];
    if (!slide || slide.kind !== 'findings') throw new Error('no slide with two findings');
    render(<PresentationMode onExit={() => {}} />);

    await user.keyboard('{ArrowRight}'.repeat(index));
    const segmentName = canvas.segments.find((s) => s.id === slide.segmentId)?.name ?? '';
    expect(slideHeading()).toHaveTextContent(`${segmentName}: findings`);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`^${slide.findings.length} more findings`)),
    ).toBeInTheDocument();

    for (let shown = 1; shown <= slide.findings.length; shown++) {
      await user.keyboard('{ArrowRight}');
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items).toHaveLength(shown);
      const finding = slide.findings[shown - 1];
      expect(items.at(-1)).toHaveTextContent(i18next.t(`rules:${finding?.ruleId}.title`));
      expect(liveRegion()).toHaveTextContent(`Finding ${shown} of ${slide.findings.length}`);
      progress(index + 1, slides.length);
    }

    await user.keyboard('{ArrowLeft}');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(
      slide.findings.length - 1,
    );
  });

  it('should exit with Esc and with the exit button', async () => {
    const user = userEvent.setup();
    openExample('skype');
    const onExit = vi.fn();
    render(<PresentationMode onExit={onExit} />);
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Exit (Esc)' }));
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('should move one step per Space even when a control has focus', async () => {
    const user = userEvent.setup();
    openExample('skype');
    render(<PresentationMode onExit={() => {}} />);
    screen.getByRole('button', { name: /Next/ }).focus();
    await user.keyboard(' ');
    expect(slideHeading()).toHaveTextContent('Customer segments');
  });
});
