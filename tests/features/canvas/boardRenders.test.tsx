import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type * as BlockFrameModule from '@/features/canvas/BlockFrame';
import { useCanvasStore } from '@/store/canvasStore';

import { EditorHarness } from '../../support/EditorHarness';

const frames = vi.hoisted(() => new Map<string, number>());

vi.mock('@/features/canvas/BlockFrame', async (importOriginal) => {
  const module = await importOriginal<typeof BlockFrameModule>();
  const { countingRenders } = await import('../../support/countRenders');
  return { BlockFrame: countingRenders(module.BlockFrame, (p) => p.block, frames) };
});

describe('the board while the user types in a note', () => {
  it('should render the block of that note and none of the eight others', async () => {
    const store = useCanvasStore.getState();
    store.createCanvas();
    store.addSegment({ name: 'Cafés' });
    store.addNote('keyPartners', 'Roaster');
    store.addNote('keyResources', 'Oven');
    store.addNote('revenueStreams', 'Subscriptions');
    render(<EditorHarness />);
    const user = userEvent.setup({ delay: null });
    const block = within(screen.getByRole('article', { name: 'Key partners' }));
    await user.click(block.getByRole('button', { name: 'Edit note 1' }));
    frames.clear();
    await user.type(block.getByRole('textbox', { name: 'Text of note 1' }), ' from Huila');
    expect([...frames.keys()]).toEqual(['keyPartners']);
    expect(frames.get('keyPartners')).toBe(' from Huila'.length);
  });
});
