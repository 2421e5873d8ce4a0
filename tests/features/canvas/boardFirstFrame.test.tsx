import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

describe('the board before its evaluation is in', () => {
  it('should show the canvas and accept input at once, then add findings and totals', async () => {
    // tests/setup.ts loads the evaluation for every test: fresh modules start without it, as
    // the app does (React and i18next stay the same instances).
    vi.resetModules();
    const { CanvasBoard } = await import('@/features/canvas/CanvasBoard');
    const { useCanvasStore } = await import('@/store/canvasStore');
    const store = useCanvasStore.getState();
    store.createCanvas({ currency: 'EUR' });
    store.addSegment({ name: 'Cafés', size: 400, monthlyRevenuePerCustomer: 90 });
    store.addNote('valuePropositions', 'Coffee without a barista');
    render(<CanvasBoard />);

    // The first frame: the canvas's own words, usable, without the figures the domain derives.
    const segments = screen.getByRole('article', { name: 'Customer segments' });
    expect(within(segments).getByRole('button', { name: 'Edit Cafés' })).toBeEnabled();
    expect(within(segments).getByRole('button', { name: /Add segment/ })).toBeEnabled();
    expect(screen.getByText('Coffee without a barista')).toBeInTheDocument();
    const costs = screen.getByRole('article', { name: 'Cost structure' });
    expect(within(costs).queryByRole('table')).not.toBeInTheDocument();
    expect(segments).not.toHaveAttribute('data-has-findings');

    // Then the evaluation: a segment without relationships or channels has errors.
    expect(
      await within(costs).findByRole('table', { name: 'Relationship costs per month' }),
    ).toBeInTheDocument();
    expect(within(segments).getByText(/^\d+ errors?$/)).toBeInTheDocument();
  });
});
