import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createEmptyCanvas, createSegment, type Canvas } from '@/domain';
import HandinsDialog from '@/features/versions/HandinsDialog';

const user = userEvent.setup();

const canvasWith = (...names: string[]): Canvas => ({
  ...createEmptyCanvas({ name: 'Café' }),
  segments: names.map((name, i) => createSegment({ id: `s${i}`, name, size: 100 * (i + 1) })),
});

const handins = [
  {
    id: 'h1',
    name: 'First draft',
    by: 'Ana',
    at: '2026-12-01T10:00:00Z',
    canvas: canvasWith('Offices'),
  },
  {
    id: 'h2',
    name: 'Second draft',
    by: 'Ana',
    at: '2026-12-02T10:00:00Z',
    canvas: canvasWith('Offices', 'Hotels'),
  },
  { id: 'h3', name: 'Broken', by: 'Ana', at: '2026-12-03T10:00:00Z', canvas: null },
];

describe('Hand-ins beside the live canvas', () => {
  it('shows the chosen hand-in read-only beside the live canvas, and what changed since', async () => {
    render(
      <HandinsDialog
        studentName="Ana"
        handins={handins}
        live={canvasWith('Offices', 'Hotels', 'Hospitals')}
        onClose={() => undefined}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Hand-ins of Ana' });
    // the newest first: it cannot be read, and says so
    expect(within(dialog).getByRole('alert')).toHaveTextContent('cannot be read');
    expect(within(dialog).queryByRole('region', { name: /What changed/ })).toBeNull();

    await user.selectOptions(within(dialog).getByLabelText('Hand-in to show'), 'h1');
    const frozen = within(dialog).getByRole('region', { name: 'Handed in: “First draft”' });
    const live = within(dialog).getByRole('region', { name: 'Live canvas now' });
    expect(within(frozen).queryByText('Hotels')).toBeNull();
    expect(within(live).getByText('Hospitals')).toBeInTheDocument();
    const changes = within(dialog).getByRole('region', {
      name: 'What changed since “First draft”',
    });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Segment “Hotels” added.', 'Segment “Hospitals” added.']);
  });

  it('says the live canvas has not arrived yet rather than comparing with nothing', () => {
    render(
      <HandinsDialog
        studentName="Ana"
        handins={handins.slice(0, 1)}
        live={null}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByText('The live canvas has not arrived yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /What changed/ })).toBeNull();
  });
});
