import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { getExampleCanvases } from '@/domain/examples';
import PrintFlow from '@/features/exchange/print/PrintFlow';
import { useCanvasStore } from '@/store/canvasStore';

import { BLOCK_TITLES } from '../../../support/blockTitles';

/** The printable document; it is hidden from assistive technology on screen, hence `hidden: true`. */
function printedDocument() {
  const element = document.querySelector<HTMLElement>('.print-document');
  if (!element) throw new Error('nothing to print');
  return element;
}

function setUp() {
  const example = getExampleCanvases('en').find((canvas) => canvas.id === 'privateBank');
  if (!example) throw new Error('no example');
  useCanvasStore.getState().addCanvasCopy(example, 'Bank for the class');
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  const onDone = vi.fn();
  render(<PrintFlow onDone={onDone} />);
  return { example, print, onDone, user: userEvent.setup() };
}

describe('PrintFlow', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should print the canvas poster alone by default', async () => {
    const { example, print, user } = setUp();
    const dialog = screen.getByRole('dialog', { name: 'Print' });
    const options = within(dialog).getAllByRole('checkbox');
    expect(options.map((box) => box.closest('label')?.textContent)).toEqual([
      'Economics of each segment',
      'Channel questions and checklist',
      'Findings',
    ]);
    expect(options.every((box) => !(box as HTMLInputElement).checked)).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Print' }));

    expect(print).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog', { name: 'Print' })).not.toBeInTheDocument();
    const printed = printedDocument();
    expect(within(printed).getByRole('heading', { level: 1, hidden: true })).toHaveTextContent(
      'Bank for the class',
    );
    expect(
      within(printed)
        .getAllByRole('heading', { level: 2, hidden: true })
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(BLOCK_TITLES.en));
    expect(printed.querySelectorAll('.print-page')).toHaveLength(1);
    for (const segment of example.segments) expect(printed).toHaveTextContent(segment.name);
  });

  it('should add the economics and findings pages that were ticked', async () => {
    const { example, print, user } = setUp();
    await user.click(screen.getByRole('checkbox', { name: 'Economics of each segment' }));
    await user.click(screen.getByRole('checkbox', { name: 'Findings' }));
    await user.click(screen.getByRole('button', { name: 'Print' }));

    expect(print).toHaveBeenCalledOnce();
    const printed = printedDocument();
    expect(printed.querySelectorAll('.print-page')).toHaveLength(3);
    expect(
      within(printed).getByRole('heading', { name: 'Economics of each segment', hidden: true }),
    ).toBeInTheDocument();
    expect(
      within(printed).getByRole('heading', { name: 'Findings', hidden: true }),
    ).toBeInTheDocument();
    const figures = within(printed).getByRole('table', { name: '', hidden: true });
    for (const label of [
      'Channel cost',
      'Lifetime value with growth',
      'Discounted lifetime value',
      'Break-even size',
    ])
      expect(within(figures).getByRole('rowheader', { name: label, hidden: true })).toBeVisible();
    // each segment's break-even chart, with its points as a table (§9.2: in print too)
    for (const segment of example.segments) {
      expect(
        within(printed).getByRole('figure', {
          name: `Break-even of ${segment.name}`,
          hidden: true,
        }),
      ).toBeInTheDocument();
      expect(
        within(printed).getByRole('table', {
          name: `Monthly margin and cost of ${segment.name} by number of customers`,
          hidden: true,
        }),
      ).toBeInTheDocument();
    }
  });

  it('should finish on cancel without printing', async () => {
    const { onDone, print, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledOnce();
    expect(print).not.toHaveBeenCalled();
  });

  it('should finish once the browser is done printing', async () => {
    const { onDone, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(onDone).not.toHaveBeenCalled();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(onDone).toHaveBeenCalledOnce();
  });
});
