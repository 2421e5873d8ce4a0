import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createTactic } from '@/domain';
import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId, useUiStore } from '@/store/uiStore';

import { seedSegment } from './seed';

describe('RelationshipWorkbench', () => {
  it('should title the dialog with the segment and offer four tabs', () => {
    const { segmentId } = seedSegment();
    render(<RelationshipWorkbench segmentId={segmentId} />);
    expect(
      screen.getByRole('dialog', { name: 'Relationships with “Small cafés”' }),
    ).toBeInTheDocument();
    const tabs = within(
      screen.getByRole('tablist', { name: 'Parts of the workbench' }),
    ).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Relationships',
      'Get, keep, grow',
      'Guiding questions',
      'Economics',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('should open on the requested tab and move between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    render(<RelationshipWorkbench segmentId={segmentId} tab="questions" />);
    const questions = screen.getByRole('tab', { name: 'Guiding questions' });
    expect(questions).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Guiding questions' })).toBeVisible();

    questions.focus();
    await user.keyboard('{ArrowRight}');
    const economics = screen.getByRole('tab', { name: 'Economics' });
    expect(economics).toHaveFocus();
    expect(economics).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Relationships' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(economics).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tabpanel', { name: 'Guiding questions' })).toBeVisible();
    expect(screen.queryByRole('tabpanel', { name: 'Relationships' })).not.toBeInTheDocument();
  });

  it('should switch to the tab holding the focus target, focus the field and clear the target', () => {
    const { segmentId } = seedSegment();
    const relId = useCanvasStore.getState().addRelationship(segmentId, 'self_service');
    useUiStore
      .getState()
      .openPanel({ kind: 'workbench', segmentId, tab: 'questions' }, fieldId(relId, 'coverage'));
    render(<RelationshipWorkbench segmentId={segmentId} tab="questions" />);
    expect(screen.getByRole('tab', { name: 'Relationships' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(document.getElementById(fieldId(relId, 'coverage'))).toHaveFocus();
    expect(useUiStore.getState().focusTarget).toBeNull();
  });

  it('should take a finding about a missing relationship to the type picker', () => {
    const { segmentId } = seedSegment();
    useUiStore
      .getState()
      .openPanel({ kind: 'workbench', segmentId }, fieldId(segmentId, 'relationshipTypes'));
    render(<RelationshipWorkbench segmentId={segmentId} tab="economics" />);
    expect(screen.getByRole('tab', { name: 'Relationships' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Use for this segment (Personal assistance)' }),
    ).toHaveFocus();
  });

  it('should take an economics finding to its figure in the economics tab', () => {
    const { segmentId } = seedSegment();
    useCanvasStore.getState().addRelationship(segmentId, 'self_service');
    const target = fieldId(segmentId, 'metric-costShare');
    useUiStore.getState().openPanel({ kind: 'workbench', segmentId }, target);
    render(<RelationshipWorkbench segmentId={segmentId} />);
    expect(screen.getByRole('tab', { name: 'Economics' })).toHaveAttribute('aria-selected', 'true');
    expect(document.getElementById(target)).toHaveFocus();
  });

  it('should focus the first box of a group target, such as a tactic in the get/keep/grow tab', () => {
    const { segmentId } = seedSegment();
    const channelId = useCanvasStore
      .getState()
      .addChannel({ name: 'Website', segmentIds: [segmentId] });
    const tactic = createTactic(segmentId, 'get', { channelIds: [channelId] });
    useCanvasStore.getState().addTactic(tactic);
    useUiStore
      .getState()
      .openPanel({ kind: 'workbench', segmentId }, fieldId(tactic.id, 'channelIds'));
    render(<RelationshipWorkbench segmentId={segmentId} />);
    expect(screen.getByRole('tab', { name: 'Get, keep, grow' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('checkbox', { name: 'Website' })).toHaveFocus();
  });
});
