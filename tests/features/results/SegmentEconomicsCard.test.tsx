import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { SegmentEconomicsCard } from '@/features/results/economics/SegmentEconomicsCard';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSmbCanvas } from './seedCanvas';

const money = (lng: string, value: number) =>
  new Intl.NumberFormat(lng, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('SegmentEconomicsCard', () => {
  it('should show the domain figures of the segment, formatted in the interface language', async () => {
    const { segmentId } = seedSmbCanvas();
    const economics = evaluateCanvas(activeCanvas()).segments[0];
    if (!economics?.costPerCustomer || !economics.costShare || !economics.relationshipBudget)
      throw new Error('seed');
    render(<SegmentEconomicsCard segmentId={segmentId} />);

    expect(
      screen.getByRole('button', {
        name: new RegExp(`^${money('en', economics.costPerCustomer)}/month`),
      }),
    ).toBeInTheDocument();
    const share = new Intl.NumberFormat('en', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(economics.costShare);
    expect(screen.getByRole('button', { name: new RegExp(`^${share}`) })).toBeInTheDocument();
    expect(
      screen.getByText(
        `${money('en', economics.costPerCustomer)} per customer a month, against a budget of ${money('en', economics.relationshipBudget)}.`,
      ),
    ).toBeInTheDocument();

    await act(() => i18next.changeLanguage('es'));
    expect(
      screen.getByRole('button', {
        name: new RegExp(`^${money('es', economics.costPerCustomer)}/mes`),
      }),
    ).toBeInTheDocument();
  });

  it('should open the calculation steps of a figure', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSmbCanvas();
    render(<SegmentEconomicsCard segmentId={segmentId} />);
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
    render(<SegmentEconomicsCard segmentId={segmentId} />);

    const personal = screen.getByRole('button', {
      name: /show how Personal assistance is calculated/,
    });
    await user.click(personal);

    const steps = document.getElementById(personal.getAttribute('aria-controls') ?? '');
    expect(within(steps ?? document.body).getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('should say in words why figures are missing for a segment without customers', () => {
    seedSmbCanvas();
    const emptyId = useCanvasStore.getState().addSegment({ name: 'Not sized yet' });
    render(<SegmentEconomicsCard segmentId={emptyId} />);

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
    render(<SegmentEconomicsCard segmentId={segmentId} />);
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
    render(<SegmentEconomicsCard segmentId={segmentId} />);
    expect(screen.getByText('Source: your figure')).toBeInTheDocument();
  });
});
