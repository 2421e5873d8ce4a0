import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSegment } from './seed';

function setup() {
  const { segmentId } = seedSegment();
  const relId = useCanvasStore.getState().addRelationship(segmentId, 'personal_assistance');
  const user = userEvent.setup();
  render(<RelationshipWorkbench segmentId={segmentId} />);
  const editor = screen.getByRole('article', { name: 'Personal assistance' });
  const rel = () => activeCanvas().relationships.find((r) => r.id === relId);
  return { user, editor, rel, segmentId };
}

describe('RelationshipEditor', () => {
  it('should set status and purposes', async () => {
    const { user, editor, rel } = setup();
    await user.selectOptions(within(editor).getByLabelText('Status'), 'Established');
    const purposes = within(editor).getByRole('group', { name: 'What it is for' });
    await user.click(within(purposes).getByRole('checkbox', { name: 'Retention' }));
    await user.click(within(purposes).getByRole('checkbox', { name: 'Acquisition' }));
    expect(rel()?.status).toBe('established');
    // the canvas keeps the enum's order, whatever order the boxes were ticked in
    expect(rel()?.purposes).toEqual(['acquisition', 'retention']);
  });

  it('should take coverage as a percentage and refuse more than 100 %', async () => {
    const { user, editor, rel } = setup();
    const coverage = within(editor).getByLabelText('Coverage');
    expect(coverage).toHaveValue('100');
    await user.clear(coverage);
    await user.type(coverage, '25');
    expect(rel()?.coverage).toBe(0.25);
    await user.type(coverage, '0');
    expect(coverage).toHaveValue('250');
    expect(within(editor).getByRole('alert')).toHaveTextContent('Must be at most 100');
    expect(rel()?.coverage).toBe(0.25);
  });

  it('should edit the facets, and clear the optional bond', async () => {
    const { user, editor, rel } = setup();
    expect(within(editor).getByLabelText('Contact mode')).toHaveValue('remote_live');
    await user.selectOptions(within(editor).getByLabelText('Contact mode'), 'Face to face');
    await user.selectOptions(
      within(editor).getByLabelText('Who provides it'),
      'Through a third party',
    );
    await user.selectOptions(
      within(editor).getByLabelText('One to one or collective'),
      'Collective',
    );
    await user.selectOptions(within(editor).getByLabelText("Customer's role"), 'Co-creator');
    await user.selectOptions(within(editor).getByLabelText('Kind of bond'), 'Long-term');
    expect(rel()?.facets).toEqual({
      contactMode: 'face_to_face',
      provider: 'third_party',
      audience: 'collective',
      customerRole: 'co_creator',
      bond: 'long_term',
    });
    await user.selectOptions(within(editor).getByLabelText('Kind of bond'), 'Not stated');
    expect(rel()?.facets).not.toHaveProperty('bond');
  });

  it('should link existing channels and create a new one that serves the segment', async () => {
    const { segmentId } = seedSegment();
    const store = useCanvasStore.getState();
    const relId = store.addRelationship(segmentId, 'communities');
    const forumId = store.addChannel({ name: 'User forum', segmentIds: [segmentId] });
    store.addChannel({ name: 'Trade fair', segmentIds: [] });
    const user = userEvent.setup();
    render(<RelationshipWorkbench segmentId={segmentId} />);
    const editor = screen.getByRole('article', { name: 'Communities' });
    const channels = within(editor).getByRole('group', { name: 'Channels it runs through' });
    expect(
      within(channels).getByRole('checkbox', {
        name: 'Trade fair (does not serve this segment yet)',
      }),
    ).not.toBeChecked();

    await user.click(within(channels).getByRole('checkbox', { name: 'User forum' }));
    await user.type(within(editor).getByLabelText('New channel for this segment'), 'Newsletter');
    await user.click(within(editor).getByRole('button', { name: 'Create and link' }));

    const canvas = activeCanvas();
    const newsletter = canvas.channels.find((c) => c.name === 'Newsletter');
    expect(newsletter?.segmentIds).toEqual([segmentId]);
    expect(canvas.relationships.find((r) => r.id === relId)?.channelIds).toEqual([
      forumId,
      newsletter?.id,
    ]);
    expect(within(editor).getByRole('checkbox', { name: 'Newsletter' })).toBeChecked();
  });

  it('should show the cost the domain computed for the relationship', () => {
    const { editor } = setup();
    // 2,000 customers × 0.5 contacts × (8 min × €40/h) + €200 fixed + €5,000 ÷ 36 set-up
    expect(within(editor).getByText(/Costs €5,672 a month/)).toBeInTheDocument();
  });
});
