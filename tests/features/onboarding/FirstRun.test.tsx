import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { CanvasBoard } from '@/features/canvas/CanvasBoard';
import { FirstRun } from '@/features/onboarding/FirstRun';
import { getExampleCanvases } from '@/domain/examples';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

const started: string[] = [];

// What App shows before any canvas exists: the choice above the empty board.
function Start() {
  const hasCanvases = useCanvasStore((s) => s.order.length > 0);
  return (
    <main>
      {!hasCanvases && <FirstRun onStart={(choice) => started.push(choice)} />}
      <CanvasBoard />
    </main>
  );
}

describe('first run', () => {
  it('should offer a blank canvas and open it on the board', async () => {
    const user = userEvent.setup();
    render(<Start />);
    expect(screen.getByRole('heading', { name: 'Welcome to Vínculo' })).toBeInTheDocument();
    // The empty frame previews the nine blocks, but offers no editing until a canvas exists.
    expect(screen.getByRole('heading', { name: 'Customer segments' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add segment' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start a blank canvas' }));

    expect(screen.queryByRole('heading', { name: 'Welcome to Vínculo' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add segment' })).toBeInTheDocument();
    const canvas = canvasSelectors.active(useCanvasStore.getState());
    expect(canvas?.segments).toEqual([]);
    expect(canvas?.name).toBe('My business model');
    expect(started.at(-1)).toBe('blank');
    expect(canvas?.locale).toBe('en');
  });

  it('should list the examples with name and description and open a copy of one', async () => {
    const user = userEvent.setup();
    const [example] = getExampleCanvases('en');
    if (!example) throw new Error('the domain ships no example');
    render(<Start />);

    const open = await screen.findByRole('button', { name: `Open a copy ${example.name}` });
    const card = open.closest('li');
    if (!card) throw new Error('example card not found');
    expect(within(card).getByRole('heading', { name: example.name })).toBeInTheDocument();
    if (example.description)
      expect(within(card).getByText(example.description)).toBeInTheDocument();

    await user.click(open);

    const state = useCanvasStore.getState();
    const copy = canvasSelectors.active(state);
    expect(state.order).toHaveLength(1);
    expect(started.at(-1)).toBe('example');
    expect(copy?.id).not.toBe(example.id);
    expect(copy?.segments.map((s) => s.name)).toEqual(example.segments.map((s) => s.name));
    const segmentsBlock = screen.getByRole('article', { name: 'Customer segments' });
    for (const segment of example.segments) {
      expect(within(segmentsBlock).getAllByText(segment.name).length).toBeGreaterThan(0);
    }
  });
});
