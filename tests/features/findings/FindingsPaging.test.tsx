import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FINDINGS_PAGE } from '@/features/findings/FindingsGroup';
import { ResultsPanel } from '@/features/results/ResultsPanel';
import { useCanvasStore } from '@/store/canvasStore';

/** A canvas where each of `count` segments has a relationship with no purpose (one warning each). */
function seedManyWarnings(count: number) {
  const store = useCanvasStore.getState();
  store.createCanvas({ name: 'Big class', currency: 'EUR', locale: 'en' });
  for (let i = 0; i < count; i++) {
    const segmentId = store.addSegment({ name: `Segment ${i + 1}` });
    const id = store.addRelationship(segmentId, 'self_service');
    store.updateRelationship(id, { purposes: [] });
  }
}

const noPurpose = /has no purpose\.$/;
// Each segment brings three warnings: a full first page and a shorter second one.
const SEGMENTS = 24;

describe('a long list of findings', () => {
  it('should show a page of findings at a time, reveal more on request and move the keyboard there', async () => {
    const user = userEvent.setup();
    act(() => seedManyWarnings(SEGMENTS));
    render(<ResultsPanel />);

    const heading = screen.getByRole('heading', { name: /warnings$/ });
    const group = heading.closest('section');
    if (!group) throw new Error('no warnings group');
    const total = Number(/^(\d+) warnings$/.exec(heading.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(FINDINGS_PAGE);
    const items = () => within(group).getAllByRole('listitem');
    expect(items()).toHaveLength(FINDINGS_PAGE);
    expect(within(group).getByText(`Showing ${FINDINGS_PAGE} of ${total}.`)).toBeInTheDocument();

    while (items().length < total) {
      const shown = items().length;
      const next = Math.min(FINDINGS_PAGE, total - shown);
      await user.click(within(group).getByRole('button', { name: `Show ${next} more` }));
      expect(items()).toHaveLength(shown + next);
      expect(items()[shown]).toHaveFocus();
    }
    expect(within(group).queryByRole('button', { name: /more$/ })).toBeNull();
    expect(within(group).getAllByText(noPurpose)).toHaveLength(SEGMENTS);
  });
});
