import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type * as Sortable from '@dnd-kit/sortable';

import type * as NoteItemModule from '@/features/notes/NoteItem';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { EditorHarness } from '../../support/EditorHarness';

const counts = vi.hoisted(() => ({
  notes: new Map<string, number>(),
  sortables: new Map<string, number>(),
}));

vi.mock('@/features/notes/NoteItem', async (importOriginal) => {
  const module = await importOriginal<typeof NoteItemModule>();
  const { countingRenders } = await import('../../support/countRenders');
  return {
    ...module,
    NoteItem: countingRenders(module.NoteItem, (p) => p.note.text, counts.notes),
  };
});
// Each sortable note calls useSortable once per render: its calls count the list's work.
vi.mock('@dnd-kit/sortable', async (importOriginal) => {
  const module = await importOriginal<typeof Sortable>();
  return {
    ...module,
    useSortable: (args: Parameters<typeof module.useSortable>[0]) => {
      const key = String(args.id);
      counts.sortables.set(key, (counts.sortables.get(key) ?? 0) + 1);
      return module.useSortable(args);
    },
  };
});

const reset = () => {
  counts.notes.clear();
  counts.sortables.clear();
};
afterEach(reset);

const TEXTS = ['Roaster', 'Bank', 'Mill', 'Courier', 'Printer'];

async function setup() {
  const store = useCanvasStore.getState();
  store.createCanvas();
  for (const text of TEXTS) store.addNote('keyPartners', text);
  store.addNote('keyResources', 'Oven');
  render(<EditorHarness />);
  const block = within(screen.getByRole('article', { name: 'Key partners' }));
  // Drag and drop loads after the first screen, and joins in when a handle has focus: wait
  // for it, as a person's list has it, then leave the handle.
  await waitFor(() => {
    const handle = block.getByRole('button', { name: 'Move note 1 of 5' });
    act(() => handle.focus());
    const ready = handle.getAttribute('aria-roledescription');
    act(() => handle.blur());
    expect(ready).toBe('sortable');
  });
  return { block, user: userEvent.setup({ delay: null }) };
}

const noteIdOf = (text: string) =>
  canvasSelectors.active(useCanvasStore.getState())?.keyPartners.find((n) => n.text === text)?.id;

describe('a board full of notes', () => {
  it('should render only the note being typed in, opened or closed', async () => {
    const { block, user } = await setup();
    reset();
    await user.click(block.getByRole('button', { name: 'Edit note 2' }));
    expect([...counts.notes.keys()]).toEqual(['Bank']);
    // No drag is near: no note takes part in drag and drop.
    expect(counts.sortables.size).toBe(0);

    reset();
    await user.type(block.getByRole('textbox', { name: 'Text of note 2' }), ' of the cafés');
    // One key per render of the typed note: the text it shows names it.
    expect([...counts.notes.keys()].every((text) => text.startsWith('Bank'))).toBe(true);
    expect(counts.notes.size).toBe(' of the cafés'.length);
    expect(counts.sortables.size).toBe(0);

    reset();
    await user.click(block.getByRole('button', { name: 'Done note 2' }));
    expect([...counts.notes.keys()]).toEqual(['Bank of the cafés']);
    expect(counts.sortables.size).toBe(0);
  });

  it('should render only the new note and the one before it when a note is added', async () => {
    const { block, user } = await setup();
    reset();
    await user.click(block.getByRole('button', { name: 'Add note' }));
    await user.keyboard('Oven');
    // The new note (once empty, then per key) and the last before it, whose "move down" wakes.
    expect([...counts.notes.keys()].sort()).toEqual(['', 'O', 'Ov', 'Ove', 'Oven', 'Printer']);
    expect(counts.notes.get('Printer')).toBe(1);
    // Without a drag near, dnd-kit renders no note: it used to render all of them.
    expect(counts.sortables.size).toBe(0);
  });

  it('should join drag and drop while a handle has focus, and leave it after', async () => {
    const { block } = await setup();
    const handle = block.getByRole('button', { name: 'Move note 3 of 5' });
    reset();
    act(() => handle.focus());
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle).toHaveAccessibleDescription(/press space or enter/);
    expect([...counts.sortables.keys()].sort()).toEqual(TEXTS.map(noteIdOf).sort());
    // Each note renders once, to take its handle's drag and drop: not once per note.
    expect([...counts.notes.values()]).toEqual(TEXTS.map(() => 1));

    act(() => handle.blur());
    expect(handle).not.toHaveAttribute('aria-roledescription');
  });
});
