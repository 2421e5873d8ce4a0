import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ResultsPanel } from '@/features/results/ResultsPanel';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId, useUiStore } from '@/store/uiStore';
import { undo } from '@/store/undo';

import { seedSmbCanvas } from '../../support/seedCanvas';

const liveRegion = () => screen.getByRole('status');

describe('findings in the results panel', () => {
  it('should list findings grouped by severity, with the segment, why and a fix', async () => {
    const user = userEvent.setup();
    const { relationshipIds } = seedSmbCanvas(['self_service']);
    act(() =>
      useCanvasStore.getState().updateRelationship(relationshipIds[0] ?? '', { purposes: [] }),
    );
    render(<ResultsPanel />);

    const warnings = screen.getByRole('heading', { name: /warnings?$/ }).closest('section');
    if (!warnings) throw new Error('no warnings group');
    const item = within(warnings)
      .getByText('The self-service relationship with “Small businesses” has no purpose.')
      .closest('li');
    if (!item) throw new Error('no finding item');
    expect(within(item).getByText('Warning')).toBeInTheDocument();
    expect(within(item).getByText('SMB')).toBeInTheDocument();
    expect(within(item).getByText('Try this:')).toBeInTheDocument();

    await user.click(within(item).getByText('Why does this matter?'));
    expect(within(item).getByText(/three reasons/)).toBeVisible();
  });

  it('should show and hide findings as the canvas changes, and announce only what changed', () => {
    const { relationshipIds, segmentId } = seedSmbCanvas(['self_service']);
    const relationshipId = relationshipIds[0] ?? '';
    render(<ResultsPanel />);
    expect(screen.getByText(/No findings/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('');

    act(() =>
      useCanvasStore.getState().updateRelationship(relationshipId, { purposes: ['acquisition'] }),
    );

    const keep = 'Nothing in the canvas keeps the customers of “Small businesses”.';
    expect(screen.getByText(keep)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent(new RegExp(`^New warning: ${keep} New hint: `));
    const firstAnnouncement = liveRegion().textContent ?? '';

    // a change that keeps the same findings says nothing new
    act(() => useCanvasStore.getState().updateSegment(segmentId, { name: 'Small firms' }));
    expect(liveRegion()).toHaveTextContent(firstAnnouncement);

    act(() => undo());
    act(() => undo());

    expect(screen.queryByText(keep)).not.toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent(
      new RegExp(`^Warning resolved: ${keep} Hint resolved: `),
    );
  });

  it('should take the user to the field of a finding', async () => {
    const user = userEvent.setup();
    const { relationshipIds, segmentId } = seedSmbCanvas(['self_service']);
    act(() =>
      useCanvasStore.getState().updateRelationship(relationshipIds[0] ?? '', { purposes: [] }),
    );
    render(<ResultsPanel />);

    await user.click(
      screen.getByRole('button', { name: /Go to field: Relationship without a purpose/ }),
    );

    expect(useUiStore.getState().panel).toEqual({
      kind: 'workbench',
      segmentId,
      tab: 'relationships',
    });
    expect(useUiStore.getState().focusTarget).toBe(fieldId(relationshipIds[0] ?? '', 'purposes'));
  });
});
