import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId, useUiStore } from '@/store/uiStore';

import { activeCanvas, seedSegment } from './seed';

function setup() {
  const { segmentId } = seedSegment();
  const store = useCanvasStore.getState();
  const selfId = store.addRelationship(segmentId, 'self_service');
  const personalId = store.addRelationship(segmentId, 'personal_assistance');
  store.updateRelationship(personalId, { status: 'established' });
  const shopId = store.addChannel({ name: 'Web shop', segmentIds: [segmentId] });
  store.updateRelationship(selfId, { channelIds: [shopId] });
  store.addNote('keyResources', 'Help-centre articles', [segmentId]);
  const panel = { kind: 'workbench', segmentId, tab: 'questions' } as const;
  useUiStore.getState().openPanel(panel);
  render(<RelationshipWorkbench segmentId={segmentId} tab="questions" />);
  const panelEl = screen.getByRole('tabpanel', { name: 'Guiding questions' });
  const question = (title: RegExp) =>
    screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
  return { segmentId, selfId, personalId, panelEl, question };
}

describe('Guiding questions', () => {
  it('Q1: should record which relationship types the segment expects', async () => {
    const user = userEvent.setup();
    const { segmentId, question } = setup();
    const q1 = question(/^1\. Which relationship/);
    expect(
      within(q1).getByText(/What kind of relationship does “Small cafés” expect/),
    ).toBeInTheDocument();
    await user.click(within(q1).getByRole('checkbox', { name: 'Dedicated personal assistance' }));
    expect(activeCanvas().segments.find((s) => s.id === segmentId)?.expectedRelationships).toEqual([
      'dedicated_personal_assistance',
    ]);
    // the hint, a finding, goes once the evaluation catches up
    await waitFor(() =>
      expect(within(q1).queryByText(/What kind of relationship does/)).not.toBeInTheDocument(),
    );
  });

  it('Q2: should list each relationship with its status and take the user to change it', async () => {
    const user = userEvent.setup();
    const { personalId, question } = setup();
    const q2 = question(/^2\./);
    expect(within(q2).getByText('Self-service: Planned')).toBeInTheDocument();
    expect(within(q2).getByText('Personal assistance: Established')).toBeInTheDocument();
    await user.click(within(q2).getByRole('button', { name: 'Change (Personal assistance)' }));
    expect(screen.getByRole('tab', { name: 'Relationships' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(document.getElementById(fieldId(personalId, 'status'))).toHaveFocus();
  });

  it('Q3: should show what each relationship costs, as the domain computed it', () => {
    const { question } = setup();
    const table = within(question(/^3\./)).getByRole('table', {
      name: 'Monthly cost of each relationship',
    });
    const row = within(table).getByRole('row', { name: /Personal assistance/ });
    // 2,000 × 0.5 contacts × €5.33 + €200 fixed + €5,000 ÷ 36 months of set-up
    expect(row).toHaveTextContent('2,000');
    expect(row).toHaveTextContent('€5,672');
    expect(row).toHaveTextContent('€2.84');
  });

  it('Q4: should show the channels of each relationship and the notes linked to the segment', () => {
    const { question } = setup();
    const q4 = question(/^4\./);
    expect(within(q4).getByText(/Self-service runs through Web shop\./)).toBeInTheDocument();
    expect(
      within(q4).getByText(/Personal assistance runs through no channel yet\./),
    ).toBeInTheDocument();
    expect(q4).toHaveTextContent('Key resources: Help-centre articles');
  });
});
