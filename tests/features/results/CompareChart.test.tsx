import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { evaluateCanvas } from '@/domain';
import { ResultsPanel } from '@/features/results/ResultsPanel';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSmbCanvas } from '../../support/seedCanvas';

describe('segment comparison', () => {
  it('should list every segment in the data table with its domain figures', async () => {
    const user = userEvent.setup();
    seedSmbCanvas();
    useCanvasStore.getState().addSegment({ name: 'Walk-ins', label: 'WI' });
    const [smb] = evaluateCanvas(activeCanvas()).segments;
    render(<ResultsPanel />);

    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    const table = screen.getByRole('table', { name: /Segments compared/ });
    const rows = within(table).getAllByRole('row').slice(1);

    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'SMB · Small businesses',
      'WI · Walk-ins',
    ]);
    const share = new Intl.NumberFormat('en', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(smb?.costShare ?? NaN);
    expect(
      within(rows[0] ?? table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['€5.23', '€10.00', '€4.77', share]);
    expect(
      within(rows[1] ?? table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(Array(4).fill('not available'));
  });

  it('should show the table on screen on request', async () => {
    const user = userEvent.setup();
    seedSmbCanvas();
    render(<ResultsPanel />);
    await user.click(screen.getByRole('tab', { name: 'Compare' }));
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(screen.getByRole('table').parentElement).toHaveClass('visually-hidden');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table').parentElement).not.toHaveClass('visually-hidden');
  });
});
