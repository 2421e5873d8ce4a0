import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createTactic, type Canvas } from '@/domain';
import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { findingsByBlock } from '@/features/canvas/blockFindings';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors, evaluationOf, evaluationSelectors } from '@/store/selectors';
import { useUiStore } from '@/store/uiStore';

import { BLOCK_TITLES } from '../../support/blockTitles';

const store = () => useCanvasStore.getState();
const activeCanvas = (): Canvas => {
  const canvas = canvasSelectors.active(store());
  if (!canvas) throw new Error('no open canvas');
  return canvas;
};
const block = (name: string) => screen.getByRole('article', { name });
const money = (value: number, currency: string) =>
  new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
    minimumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
  }).format(value);

/** Two segments, one with a relationship, a tactic and a channel, so some rules pass and some fire. */
function seedCanvas() {
  store().createCanvas({ currency: 'USD' });
  const cafes = store().addSegment({ name: 'Cafés', size: 400, monthlyRevenuePerCustomer: 90 });
  const hotels = store().addSegment({ name: 'Hotels', size: 40, monthlyRevenuePerCustomer: 600 });
  const rel = store().addRelationship(cafes, 'personal_assistance');
  store().updateRelationship(rel, { status: 'established', purposes: ['retention'] });
  store().addRelationship(cafes, 'self_service');
  store().addTactic(createTactic(cafes, 'get'));
  store().addTactic(createTactic(cafes, 'get'));
  store().addTactic(createTactic(cafes, 'grow'));
  store().addChannel({
    name: 'Sales team',
    kind: 'sales_force',
    phases: ['awareness', 'purchase'],
    segmentIds: [cafes],
  });
  return { cafes, hotels };
}

describe('canvas board', () => {
  it('should show the nine blocks with their guiding questions', () => {
    store().createCanvas();
    render(<CanvasBoard />);
    for (const title of BLOCK_TITLES.en) {
      expect(block(title)).toBeInTheDocument();
    }
    expect(
      within(block('Customer segments')).getByText('Who are you creating value for?'),
    ).toBeInTheDocument();
  });

  it('should mark each segment with its findings by severity, from the evaluation', () => {
    const { cafes, hotels } = seedCanvas();
    render(<CanvasBoard />);
    const evaluation = evaluationOf(activeCanvas());
    for (const [id, name] of [
      [cafes, 'Cafés'],
      [hotels, 'Hotels'],
    ] as const) {
      const card = within(block('Customer segments'))
        .getByRole('button', { name: `Edit ${name}` })
        .closest('li');
      if (!card) throw new Error(`no card for ${name}`);
      const findings = evaluationSelectors.findingsFor(evaluation, id);
      for (const severity of ['error', 'warning', 'hint'] as const) {
        const count = findings.filter((f) => f.severity === severity).length;
        const text = new RegExp(`^${count} ${severity}s?$`);
        if (count > 0) expect(within(card).getByText(text)).toBeInTheDocument();
        else expect(within(card).queryByText(text)).not.toBeInTheDocument();
      }
    }
    // Hotels has no relationship and no channel: at least those two errors are marked.
    const hotelsErrors = evaluationSelectors
      .findingsFor(evaluation, hotels)
      .filter((f) => f.severity === 'error');
    expect(hotelsErrors.length).toBeGreaterThanOrEqual(2);
  });

  it('should mark the blocks that have findings and leave the others unmarked', () => {
    seedCanvas();
    render(<CanvasBoard />);
    const byBlock = findingsByBlock(evaluationOf(activeCanvas()));
    const titles = {
      customerSegments: 'Customer segments',
      customerRelationships: 'Customer relationships',
      channels: 'Channels',
      costStructure: 'Cost structure',
      keyPartners: 'Key partners',
    } as const;
    for (const [id, title] of Object.entries(titles) as [keyof typeof titles, string][]) {
      const header = within(block(title)).getByRole('heading', { name: title }).parentElement;
      if (!header) throw new Error('no block header');
      const errors = (byBlock.get(id) ?? []).filter((f) => f.severity === 'error').length;
      if (errors > 0)
        expect(within(header).getByText(new RegExp(`^${errors} errors?$`))).toBeInTheDocument();
      else expect(within(header).queryByText(/errors?$/)).not.toBeInTheDocument();
    }
    expect(byBlock.size).toBeGreaterThan(0);
  });

  it('should summarise relationships with their status and tactics per stage', () => {
    seedCanvas();
    render(<CanvasBoard />);
    const relationships = block('Customer relationships');
    const cafesTypes = within(relationships).getByRole('list', {
      name: 'Relationships with Cafés',
    });
    expect(within(cafesTypes).getByText('Personal assistance')).toBeInTheDocument();
    expect(within(cafesTypes).getByText(/Established/)).toBeInTheDocument();
    expect(within(cafesTypes).getByText(/Planned/)).toBeInTheDocument();
    const counts = within(relationships)
      .getAllByRole('term')
      .map((term) => `${term.textContent} ${term.nextElementSibling?.textContent}`);
    expect(counts.slice(0, 3)).toEqual(['Get 2', 'Keep 0', 'Grow 1']);
    expect(within(relationships).getByText('No relationship yet.')).toBeInTheDocument();
  });

  it('should list channels with kind, ownership, phases and the segments they serve', async () => {
    seedCanvas();
    render(<CanvasBoard />);
    const channels = block('Channels');
    expect(within(channels).getByText('Sales force · Own')).toBeInTheDocument();
    expect(within(channels).getByText('Covers: awareness and purchase')).toBeInTheDocument();
    expect(
      within(within(channels).getByRole('list', { name: 'Segments it serves' })).getByText('Cafés'),
    ).toBeInTheDocument();
    await userEvent.click(within(channels).getByRole('button', { name: 'Edit Sales team' }));
    expect(useUiStore.getState().panel).toEqual({
      kind: 'channels',
      channelId: activeCanvas().channels[0]?.id,
    });
  });

  it('should show relationship cost and revenue per segment and in total, as computed by the domain', () => {
    seedCanvas();
    render(<CanvasBoard />);
    const canvas = activeCanvas();
    const evaluation = evaluationOf(canvas);
    const cost = within(block('Cost structure')).getByRole('table', {
      name: 'Relationship costs per month',
    });
    const revenue = within(block('Revenue streams')).getByRole('table', {
      name: 'Revenue per month',
    });
    canvas.segments.forEach((segment, i) => {
      const economics = evaluationSelectors.economicsOf(evaluation, segment.id);
      if (!economics) throw new Error('no economics');
      expect(within(cost).getAllByRole('row')[i]).toHaveTextContent(
        money(economics.relationshipCost, 'USD'),
      );
      expect(within(revenue).getAllByRole('row')[i]).toHaveTextContent(
        money(economics.revenue ?? Number.NaN, 'USD'),
      );
    });
    expect(within(cost).getByRole('row', { name: /Total/ })).toHaveTextContent(
      money(evaluation.totals.relationshipCost, 'USD'),
    );
    expect(within(revenue).getByRole('row', { name: /Total/ })).toHaveTextContent(
      money(evaluation.totals.revenue, 'USD'),
    );
  });

  it('should reorder segments with the move buttons and open their editors', async () => {
    const user = userEvent.setup();
    const { cafes, hotels } = seedCanvas();
    render(<CanvasBoard />);
    const segments = block('Customer segments');
    expect(within(segments).getByRole('button', { name: 'Move up Cafés' })).toBeDisabled();
    await user.click(within(segments).getByRole('button', { name: 'Move down Cafés' }));
    expect(activeCanvas().segments.map((s) => s.id)).toEqual([hotels, cafes]);
    expect(within(segments).getByRole('button', { name: 'Move up Cafés' })).toHaveFocus();

    await user.click(within(segments).getByRole('button', { name: 'Relationships Hotels' }));
    expect(useUiStore.getState().panel).toEqual({
      kind: 'workbench',
      segmentId: hotels,
      tab: 'relationships',
    });
    await user.click(within(segments).getByRole('button', { name: 'What if? Cafés' }));
    expect(useUiStore.getState().panel).toEqual({ kind: 'scenario', segmentId: cafes });
    await user.click(
      within(block('Customer relationships')).getByRole('button', {
        name: 'Plan relationships Cafés',
      }),
    );
    expect(useUiStore.getState().panel).toEqual({
      kind: 'workbench',
      segmentId: cafes,
      tab: 'relationships',
    });
  });

  it('should add a channel and open its editor on the name field', async () => {
    store().createCanvas();
    render(<CanvasBoard />);
    await userEvent.click(within(block('Channels')).getByRole('button', { name: 'Add channel' }));
    const [channel] = activeCanvas().channels;
    expect(channel).toBeDefined();
    expect(useUiStore.getState()).toMatchObject({
      panel: { kind: 'channels', channelId: channel?.id },
      focusTarget: `f-${channel?.id}-name`,
    });
  });

  it('should wait while an editor covers it and catch up with its edits when it closes', () => {
    seedCanvas();
    render(<CanvasBoard />);
    const segments = block('Customer segments');
    const [cafes] = activeCanvas().segments;
    if (!cafes) throw new Error('no segment');
    act(() => useUiStore.getState().openPanel({ kind: 'segment', segmentId: cafes.id }));
    act(() => store().updateSegment(cafes.id, { name: 'Bakeries' }));
    const edit = (name: string) => within(segments).queryByRole('button', { name: `Edit ${name}` });
    expect(edit('Cafés')).toBeInTheDocument();
    act(() => useUiStore.getState().closePanel());
    expect(edit('Bakeries')).toBeInTheDocument();
    expect(edit('Cafés')).not.toBeInTheDocument();
  });
});
