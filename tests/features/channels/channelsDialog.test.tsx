import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ChannelsDialog } from '@/features/channels/ChannelsDialog';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId, useUiStore } from '@/store/uiStore';

import { activeCanvas, seedSegment } from '../relationships/seed';

describe('ChannelsDialog', () => {
  it('should add a channel, focus its name and save every field', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<ChannelsDialog />);
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.type(name, 'Own shop');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Own store');
    await user.selectOptions(screen.getByLabelText('Direct or indirect'), 'Indirect');
    await user.selectOptions(screen.getByLabelText('Medium'), 'Physical');
    await user.type(screen.getByLabelText('Monthly cost'), '900');
    await user.click(
      within(screen.getByRole('group', { name: 'Functions' })).getByRole('checkbox', {
        name: 'Sales',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Phases it covers' })).getByRole('checkbox', {
        name: 'Purchase',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Segments it serves' })).getByRole('checkbox', {
        name: /Small cafés/,
      }),
    );

    expect(activeCanvas().channels).toMatchObject([
      {
        name: 'Own shop',
        kind: 'own_store',
        ownership: 'own',
        directness: 'indirect',
        medium: 'physical',
        monthlyCost: 900,
        functions: ['sales'],
        phases: ['purchase'],
        segmentIds: [segmentId],
      },
    ]);
    expect(screen.getByRole('navigation', { name: 'Channels of this canvas' })).toHaveTextContent(
      'Own shop',
    );
  });

  it('should make a partner channel indirect, say why, and let CR06 speak if it is set back to direct', async () => {
    const user = userEvent.setup();
    seedSegment();
    const channelId = useCanvasStore
      .getState()
      .addChannel({ name: 'Cash & carry', kind: 'wholesaler' });
    render(<ChannelsDialog channelId={channelId} />);
    expect(screen.getByLabelText('Direct or indirect')).toHaveValue('direct');

    await user.selectOptions(screen.getByLabelText('Own or partner'), 'Partner');
    expect(activeCanvas().channels[0]).toMatchObject({
      ownership: 'partner',
      directness: 'indirect',
    });
    expect(screen.getByRole('status')).toHaveTextContent(/Partner channels are always indirect/);
    expect(screen.getByLabelText('Partner')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Partner margin'), '30');
    expect(activeCanvas().channels[0]?.partnerMargin).toBe(0.3);

    await user.selectOptions(screen.getByLabelText('Direct or indirect'), 'Direct');
    expect(activeCanvas().channels[0]).toMatchObject({
      ownership: 'partner',
      directness: 'direct',
    });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect((await screen.findByText(/Error:/)).closest('p')).toHaveTextContent(/Cash & carry/);
  });

  it('should show a gap in the segment × phase matrix, then fill it when a channel covers the phase', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    const channelId = useCanvasStore
      .getState()
      .addChannel({ name: 'Website', phases: ['awareness'], segmentIds: [segmentId] });
    render(<ChannelsDialog channelId={channelId} />);
    const matrix = screen.getByRole('table', { name: 'Channels covering each phase, by segment' });
    const headers = within(matrix)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'Segment',
      'Awareness',
      'Evaluation',
      'Purchase',
      'Delivery',
      'After-sales',
    ]);
    const row = within(matrix).getByRole('row', { name: /Small cafés/ });
    const cells = () => within(row).getAllByRole('cell');
    expect(cells()[0]).toHaveTextContent('Website');
    expect(cells()[4]).toHaveTextContent('Gap: no channel');

    await user.click(
      within(screen.getByRole('group', { name: 'Phases it covers' })).getByRole('checkbox', {
        name: 'After-sales',
      }),
    );
    expect(cells()[4]).toHaveTextContent('Website');
    expect(cells()[4]).not.toHaveTextContent('Gap');
    expect(within(row).getAllByText('Gap: no channel')).toHaveLength(3);
  });

  it('should delete a channel and move to the next one', async () => {
    const user = userEvent.setup();
    seedSegment();
    const store = useCanvasStore.getState();
    const first = store.addChannel({ name: 'First' });
    const second = store.addChannel({ name: 'Second' });
    render(<ChannelsDialog channelId={first} />);
    await user.click(screen.getByRole('button', { name: 'Delete channel (First)' }));
    expect(activeCanvas().channels.map((c) => c.id)).toEqual([second]);
    expect(document.getElementById(fieldId(second, 'name'))).toHaveFocus();
  });

  it('should open the channel a focus target belongs to and focus that field', () => {
    const { segmentId } = seedSegment();
    const store = useCanvasStore.getState();
    store.addChannel({ name: 'First' });
    const partner = store.addChannel({
      name: 'Retailer',
      ownership: 'partner',
      directness: 'direct',
      segmentIds: [segmentId],
    });
    useUiStore.getState().openPanel({ kind: 'channels' }, fieldId(partner, 'phases'));
    render(<ChannelsDialog />);
    expect(screen.getByRole('heading', { name: 'Retailer', level: 3 })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Phases it covers' })).getByRole('checkbox', {
        name: 'Awareness',
      }),
    ).toHaveFocus();
    expect(useUiStore.getState().focusTarget).toBeNull();
  });
});
