import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { EconomicsSlide } from '@/features/classroom/EconomicsSlide';
import { canvasCsv } from '@/features/exchange/files/canvasCsv';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import { figure } from '../../support/figures';
import { OpenCanvasCard } from '../../support/OpenCanvasCard';
import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

/** The §2.5 SMB segment at €1 a month: each customer costs more to serve than it brings in. */
function losingSegment() {
  const { segmentId } = seedSmbCanvas();
  useCanvasStore.getState().updateSegment(segmentId, { monthlyRevenuePerCustomer: 1 });
  const canvas = activeCanvas();
  const evaluation = evaluateCanvas(canvas);
  const economics = evaluation.segments[0];
  // the premise, from the domain: a negative LTV and no break-even
  expect(economics?.ltv).toBeLessThan(0);
  expect(economics?.nullReasons).toMatchObject({
    ltvToCac: 'loses_money_per_customer',
    paybackMonths: 'non_positive_contribution',
    breakEvenSize: 'no_variable_margin',
  });
  return { segmentId, canvas, evaluation };
}

describe('edge rows: a segment that loses money on each customer (§9.2, §9.8)', () => {
  it('should say so in words on the economics card, never as a ratio or a size', () => {
    const { segmentId } = losingSegment();
    const { container } = render(<OpenCanvasCard segmentId={segmentId} />);
    const ratio = figure('LTV:CAC', container);
    expect(ratio).toHaveTextContent(/Loses money on every customer/);
    // no figure to open: the words replace the ratio (the target note stays beside them)
    expect(within(ratio).queryByRole('button')).toBeNull();
    expect(ratio.firstElementChild).toHaveTextContent(/^— Loses money on every customer/);
    expect(figure('CAC payback', container)).toHaveTextContent(
      /the acquisition cost is never recovered/,
    );
    expect(figure('Break-even size', container)).toHaveTextContent(
      'Never: Each extra customer costs at least as much as it brings in, so no size breaks even.',
    );
    // the chart marks "never" too, in words
    expect(
      screen.getByText(/Small businesses never breaks even/, { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('should read the same on the economics slide, with the chart and its table', () => {
    const { canvas, evaluation } = losingSegment();
    const segment = canvas.segments[0];
    if (!segment) throw new Error('seed');
    const { container } = render(
      <EconomicsSlide canvas={canvas} evaluation={evaluation} segment={segment} />,
    );
    expect(figure('Break-even size', container)).toHaveTextContent(
      /^Never.*no size breaks even\.$/,
    );
    expect(figure('LTV:CAC', container)).toHaveTextContent(/^—Loses money on every customer/);
    expect(screen.getByRole('figure', { name: 'Break-even of Small businesses' })).toBeVisible();
    expect(
      screen.getByRole('table', {
        name: 'Monthly margin and cost of Small businesses by number of customers',
      }),
    ).toBeVisible();
  });

  it('should export "Never" and the new figures in the CSV, with headers in either language', async () => {
    const { canvas, evaluation } = losingSegment();
    const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
    const [, header = '', row = ''] = rows(canvasCsv(canvas, evaluation, i18next.t));
    const cells = row.split(',');
    const column = (name: string) => cells[header.split(',').indexOf(name)];
    expect(column('Break-even size')).toBe('Never');
    expect(column('Channel cost')).toBe('0');
    expect(header).toContain('Lifetime value with growth');
    expect(header).toContain('Discounted lifetime value');

    await act(() => i18next.changeLanguage('es'));
    const [, cabecera = ''] = rows(canvasCsv(canvas, evaluation, i18next.t));
    expect(cabecera).toContain('Coste de canales');
    expect(cabecera).toContain('Valor de vida con crecimiento');
  });
});

describe('one rounding rule (§9.8)', () => {
  it('should show the same break-even on the card, the slide and in the CSV', () => {
    const { segmentId } = seedSmbCanvas();
    const canvas = activeCanvas();
    const evaluation = evaluateCanvas(canvas);
    const segment = canvas.segments[0];
    const size = evaluation.segments[0]?.breakEvenSize;
    if (!segment || size == null) throw new Error('seed');
    const card = render(<OpenCanvasCard segmentId={segmentId} />);
    const onCard = figure('Break-even size', card.container).textContent;
    card.unmount();
    const slide = render(
      <EconomicsSlide canvas={canvas} evaluation={evaluation} segment={segment} />,
    );
    expect(figure('Break-even size', slide.container).textContent).toContain(
      onCard?.match(/[\d,]+/)?.[0],
    );
    const [, header = '', row = ''] = canvasCsv(canvas, evaluation, i18next.t).split('\r\n');
    const csvSize = row.split(',')[header.split(',').indexOf('Break-even size')];
    expect(onCard).toContain(`${Number(csvSize).toLocaleString('en')} customers`);
  });
});
