import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ResultsPanel } from '@/features/results/ResultsPanel';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

import { figure } from '../../support/figures';
import { seedSmbCanvas } from '../../support/seedCanvas';

describe('ResultsPanel', () => {
  it('should show in its economics cards the version of the canvas it shows, held while an editor covers it', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSmbCanvas();
    render(<ResultsPanel />);
    await user.click(screen.getByRole('tab', { name: 'Economics' }));
    // the panel's totals line comes first, above the tabs
    const totals = () =>
      screen.getAllByText('Revenue', { selector: 'dt' })[0]?.nextElementSibling?.textContent;
    // the card's figure opens into its calculation, which follows it
    const card = () => figure('Revenue', screen.getByRole('article')).textContent;
    const before = totals();
    expect(before).toBe('€100,000/month');
    expect(card()).toContain(before);

    // An editor opens over the panel and the user changes the revenue in it.
    act(() => useUiStore.getState().openPanel({ kind: 'segment', segmentId }));
    act(() =>
      useCanvasStore.getState().updateSegment(segmentId, { monthlyRevenuePerCustomer: 60 }),
    );
    expect(totals()).toBe(before);
    expect(card()).toContain(before);

    // Closed: the panel and its cards catch up together.
    act(() => useUiStore.getState().closePanel());
    expect(totals()).toBe('€120,000/month');
    expect(card()).toContain('€120,000/month');
  });
});
