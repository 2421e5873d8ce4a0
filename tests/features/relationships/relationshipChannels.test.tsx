import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSegment } from './seed';

describe('channels of a relationship on a canvas with many channels', () => {
  it('should list the segment’s and the chosen channels, and the others on request', async () => {
    const { segmentId } = seedSegment();
    const store = useCanvasStore.getState();
    const relId = store.addRelationship(segmentId, 'communities');
    store.addChannel({ name: 'User forum', segmentIds: [segmentId] });
    const others = Array.from({ length: 10 }, (_, i) =>
      store.addChannel({ name: `Other ${i + 1}`, segmentIds: [] }),
    );
    store.updateRelationship(relId, { channelIds: [others[9] ?? ''] });
    const user = userEvent.setup();
    render(<RelationshipWorkbench segmentId={segmentId} />);
    const editor = screen.getByRole('article', { name: 'Communities' });
    const group = () => within(editor).getByRole('group', { name: 'Channels it runs through' });
    const names = () =>
      within(group())
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent);

    expect(names()).toEqual(['User forum', 'Other 10 (does not serve this segment yet)']);
    const toggle = within(editor).getByRole('button', {
      name: 'Show 9 channels that do not serve this segment',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);
    expect(names()).toHaveLength(11);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(group()).getByRole('checkbox', { name: /^Other 1 / }));
    expect(activeCanvas().relationships.find((r) => r.id === relId)?.channelIds).toEqual([
      others[0],
      others[9],
    ]);

    await user.click(within(editor).getByRole('button', { name: /^Hide the channels/ }));
    expect(names()).toEqual([
      'User forum',
      'Other 1 (does not serve this segment yet)',
      'Other 10 (does not serve this segment yet)',
    ]);
  });
});
