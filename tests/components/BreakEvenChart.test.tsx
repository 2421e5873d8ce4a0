import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { BreakEvenChart } from '@/components/breakEven/BreakEvenChart';
import type { BreakEvenPoint } from '@/domain';
import { i18next } from '@/i18n/config';

/**
 * The chart draws whatever points it is given. These are the shape §9.2 gives for key accounts
 * (a manager per 30 accounts at €9,000, €277.78 fixed, €1,800 margin per customer), as input.
 */
const KEY_ACCOUNTS: BreakEvenPoint[] = [
  { n: 0, margin: 0, cost: 277.78 },
  { n: 1, margin: 1800, cost: 9277.78 },
  { n: 31, margin: 55800, cost: 18277.78 },
  { n: 40, margin: 72000, cost: 18277.78 },
];

describe('BreakEvenChart', () => {
  it('should draw the cost as steps, mark the break-even and give the same points as a table', () => {
    render(
      <BreakEvenChart
        points={KEY_ACCOUNTS}
        breakEven={{ size: 6, text: '6' }}
        currency="EUR"
        subject="Key accounts"
      />,
    );
    const chart = screen.getByRole('img', { name: 'Break-even of Key accounts' });
    const description = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(description).toHaveTextContent('Key accounts breaks even at 6 customers.');
    // the cost line holds, then rises where one more manager is needed
    const cost = chart.querySelector('.break-even__line--cost')?.getAttribute('d') ?? '';
    expect(cost.match(/H[\d.]+ V[\d.]+/g)).toHaveLength(3);
    expect(chart.querySelector('.break-even__marker')).not.toBeNull();

    const table = screen.getByRole('table', {
      name: 'Monthly margin and cost of Key accounts by number of customers',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '0€0.00€278',
      '1€1,800€9,278',
      '31€55,800€18,278',
      '40€72,000€18,278',
    ]);
  });

  it('should say "never" when the domain has no break-even, in English and Spanish', async () => {
    render(<BreakEvenChart points={KEY_ACCOUNTS} breakEven={null} currency="EUR" subject="Bank" />);
    expect(screen.getByText(/Bank never breaks even/)).toBeInTheDocument();
    expect(document.querySelector('.break-even__marker')).toBeNull();

    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByText(/Bank nunca alcanza el equilibrio/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Coste mensual' })).toBeInTheDocument();
  });

  it('should explain that there is nothing to draw before the revenue is entered', () => {
    render(<BreakEvenChart points={[]} breakEven={null} currency="EUR" subject="New" />);
    expect(
      screen.getByText("The chart appears once the segment's revenue per customer is entered."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
