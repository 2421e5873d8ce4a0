import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createTactic } from '@/domain';
import { RelationshipWorkbench } from '@/features/relationships/RelationshipWorkbench';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import type * as EditorModule from '@/features/relationships/RelationshipEditor';
import type * as TypeCardModule from '@/features/relationships/TypeCard';

import { activeCanvas, seedSegment } from './seed';

const counts = vi.hoisted(() => ({
  editors: new Map<string, number>(),
  cards: new Map<string, number>(),
}));

vi.mock('@/features/relationships/RelationshipEditor', async (importOriginal) => {
  const module = await importOriginal<typeof EditorModule>();
  const { countingRenders } = await import('../../support/countRenders');
  return {
    RelationshipEditor: countingRenders(
      module.RelationshipEditor,
      (p) => p.rel.type,
      counts.editors,
    ),
  };
});
vi.mock('@/features/relationships/TypeCard', async (importOriginal) => {
  const module = await importOriginal<typeof TypeCardModule>();
  const { countingRenders } = await import('../../support/countRenders');
  return { TypeCard: countingRenders(module.TypeCard, (p) => p.type, counts.cards) };
});

const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
const reset = () => {
  counts.editors.clear();
  counts.cards.clear();
};
afterEach(reset);

/** A segment with three relationship types chosen and a get tactic, in its workbench. */
function setup() {
  const { segmentId } = seedSegment();
  const store = useCanvasStore.getState();
  for (const type of ['personal_assistance', 'self_service', 'communities'] as const)
    store.addRelationship(segmentId, type);
  const tacticId = store.addTactic(createTactic(segmentId, 'get'));
  render(<RelationshipWorkbench segmentId={segmentId} />);
  return { segmentId, tacticId, user: userEvent.setup({ delay: null }) };
}

describe('relationship workbench on a full segment', () => {
  it('should not render the relationship editors again while the user types in a tactic', async () => {
    const { tacticId, user } = setup();
    expect(counts.editors.get('self_service')).toBeGreaterThan(0);
    await user.click(screen.getByRole('tab', { name: 'Get, keep, grow' }));
    reset();
    const description = document.getElementById(fieldId(tacticId, 'description'));
    if (!description) throw new Error('no tactic description field');
    await user.type(description, 'Tasting days');
    expect(activeCanvas().tactics[0]?.description).toBe('Tasting days');
    expect(total(counts.editors)).toBe(0);
    expect(total(counts.cards)).toBe(0);
  });

  it('should render only the card that was switched, and no other editor, on a toggle', async () => {
    const { user } = setup();
    reset();
    const card = screen.getByRole('listitem', { name: 'Automated services' });
    await user.click(within(card).getByRole('checkbox'));
    expect(activeCanvas().relationships.map((r) => r.type)).toContain('automated_services');
    expect([...counts.cards.keys()]).toEqual(['automated_services']);
    expect(counts.editors.get('self_service') ?? 0).toBe(0);
    expect(counts.editors.get('automated_services')).toBeGreaterThan(0);
  });
});
