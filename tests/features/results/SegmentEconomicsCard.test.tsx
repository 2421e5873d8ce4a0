import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import { figure, money } from '../../support/figures';
import { OpenCanvasCard } from '../../support/OpenCanvasCard';
import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

describe('SegmentEconomicsCard', () => {
  it('should show the domain figures of the segment, formatted in the interface language', async () => {
    const { segmentId } = seedSmbCanvas();
    const economics = evaluateCanvas(activeCanvas()).segments[0];
    if (!economics?.costPerCustomer || !economics.costShare || !economics.relationshipBudget)
      throw new Error('seed');
    render(<OpenCanvasCard segmentId={segmentId} />);

    expect(figure('Cost per customer')).toHaveTextContent(
      `${money('en', economics.costPerCustomer, 2)}/month`,
    );
    const share = new Intl.NumberFormat('en', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(economics.costShare);
    expect(figure('Cost as a share of revenue')).toHaveTextContent(share);
    expect(
      screen.getByText(
        `${money('en', economics.costPerCustomer, 2)} per customer a month, against a budget of ${money('en', economics.relationshipBudget, 2)}.`,
      ),
    ).toBeInTheDocument();

    await act(() => i18next.changeLanguage('es'));
    expect(figure('Coste por cliente')).toHaveTextContent(
      `${money('es', economics.costPerCustomer, 2)}/mes`,
    );
  });

  it('should open the calculation steps of a figure', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSmbCanvas();
    render(<OpenCanvasCard segmentId={segmentId} />);
    const costPerCustomer = screen.getByRole('button', { name: /^€5\.23\/month/ });
    expect(costPerCustomer).toHaveAttribute('aria-expanded', 'false');

    await user.click(costPerCustomer);

    expect(costPerCustomer).toHaveAttribute('aria-expanded', 'true');
    const steps = document.getElementById(costPerCustomer.getAttribute('aria-controls') ?? '');
    expect(steps).toBeVisible();
    expect(steps).toHaveTextContent('÷ 2,000 customers = €5.23');
  });

  it('should open the steps of each relationship in the breakdown', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSmbCanvas(['personal_assistance']);
    render(<OpenCanvasCard segmentId={segmentId} />);

    const personal = screen.getByRole('button', {
      name: /show how Personal assistance is calculated/,
    });
    await user.click(personal);

    const steps = document.getElementById(personal.getAttribute('aria-controls') ?? '');
    expect(within(steps ?? document.body).getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('should say in words why figures are missing for a segment without customers', () => {
    seedSmbCanvas();
    // revenue entered, size not: the figures are missing for want of customers (§9.5)
    const emptyId = useCanvasStore
      .getState()
      .addSegment({ name: 'Not sized yet', monthlyRevenuePerCustomer: 50 });
    render(<OpenCanvasCard segmentId={emptyId} />);

    expect(
      screen.getByText(
        'No cost per customer yet: No customers yet: enter the size of the segment.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('No customers yet: enter the size of the segment.').length,
    ).toBeGreaterThan(1);
  });

  it('should mark a target as missed when the domain flags it, after the user raises it', () => {
    const { segmentId } = seedSmbCanvas();
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(screen.getByText(/Target: at least 3 : 1/)).toHaveTextContent('on target');

    act(() =>
      useCanvasStore
        .getState()
        .updateSettings((s) => ({ ...s, rules: { ...s.rules, ltvCacTarget: 8 } })),
    );

    expect(screen.getByText(/Target: at least 8 : 1/)).toHaveTextContent('off target');
  });

  it('should show the source of the acquisition cost', () => {
    const { segmentId } = seedSmbCanvas();
    render(<OpenCanvasCard segmentId={segmentId} />);
    expect(screen.getByText('Source: your figure')).toBeInTheDocument();
  });
});
