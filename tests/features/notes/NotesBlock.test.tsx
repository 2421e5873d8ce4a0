import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { LIMITS } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { EditorHarness } from '../../support/EditorHarness';

const notes = () => canvasSelectors.active(useCanvasStore.getState())?.keyPartners ?? [];
const partnersBlock = () => screen.getByRole('article', { name: 'Key partners' });

function setup(texts: string[] = []) {
  useCanvasStore.getState().createCanvas();
  for (const text of texts) useCanvasStore.getState().addNote('keyPartners', text);
  render(<EditorHarness />);
  return { user: userEvent.setup({ delay: null }), block: within(partnersBlock()) };
}

describe('note blocks', { timeout: 20_000 }, () => {
  it('should add a note, edit it in place and finish with Done or Escape', async () => {
    const { user, block } = setup();
    expect(block.getByText('No notes yet.')).toBeInTheDocument();
    await user.click(block.getByRole('button', { name: 'Add note' }));
    const text = block.getByRole('textbox', { name: 'Text of note 1' });
    expect(text).toHaveFocus();
    await user.type(text, 'Coffee roaster');
    await user.click(block.getByRole('button', { name: 'Done note 1' }));
    expect(block.getByText('Coffee roaster')).toBeInTheDocument();
    expect(block.getByRole('button', { name: 'Edit note 1' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.type(block.getByRole('textbox', { name: 'Text of note 1' }), ' in Medellín');
    await user.keyboard('{Escape}');
    expect(block.queryByRole('textbox')).not.toBeInTheDocument();
    expect(notes().map((n) => n.text)).toEqual(['Coffee roaster in Medellín']);
  });

  it('should refuse text over the length limit and keep it on screen', async () => {
    const { user, block } = setup(['Short']);
    await user.click(block.getByRole('button', { name: 'Edit note 1' }));
    const text = block.getByRole('textbox', { name: 'Text of note 1' });
    await user.clear(text);
    await user.paste('x'.repeat(LIMITS.longTextLength + 1));
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/Too long/);
    expect((text as HTMLTextAreaElement).value).toHaveLength(LIMITS.longTextLength + 1);
    expect(notes()[0]?.text).toBe('');
  });

  it('should delete a note and bring it back with Undo', async () => {
    const { user, block } = setup(['Bank', 'Roaster']);
    await user.click(block.getByRole('button', { name: 'Delete note 1' }));
    expect(notes().map((n) => n.text)).toEqual(['Roaster']);
    expect(block.getByRole('button', { name: 'Add note' })).toHaveFocus();
    const status = screen.getByRole('status', { name: 'Notifications' });
    expect(status).toHaveTextContent('Note deleted.');
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(notes().map((n) => n.text)).toEqual(['Bank', 'Roaster']);
  });

  it('should reorder notes from the keyboard with the move buttons, keeping focus on the note', async () => {
    const { user, block } = setup(['First', 'Second', 'Third']);
    block.getByRole('button', { name: 'Move down note 1' }).focus();
    await user.keyboard('{Enter}');
    expect(notes().map((n) => n.text)).toEqual(['Second', 'First', 'Third']);
    // Focus follows the moved note, now number 2.
    expect(block.getByRole('button', { name: 'Move down note 2' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(notes().map((n) => n.text)).toEqual(['Second', 'Third', 'First']);
    // At the bottom "move down" is disabled, so the keyboard lands on "move up".
    expect(block.getByRole('button', { name: 'Move up note 3' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(notes().map((n) => n.text)).toEqual(['Second', 'First', 'Third']);
    expect(block.getByRole('list', { name: 'Notes in Key partners' })).toBeInTheDocument();
  });

  it('should offer drag and drop with keyboard instructions on the handle', async () => {
    const { block } = setup(['First', 'Second']);
    // Drag and drop loads after the first screen, and joins in when a handle takes focus.
    await waitFor(
      () => {
        const handle = block.getByRole('button', { name: 'Move note 1 of 2' });
        act(() => handle.blur());
        act(() => handle.focus());
        expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
        expect(handle).toHaveAccessibleDescription(
          /press space or enter, use the up and down arrows/,
        );
      },
      { timeout: 5000 },
    );
  });

  it('should link a note to segments and show their tags', async () => {
    const { user, block } = setup(['Serves cafés only']);
    let cafes = '';
    act(() => {
      cafes = useCanvasStore.getState().addSegment({ name: 'Cafés', label: 'CAF' });
    });
    act(() => void useCanvasStore.getState().addSegment({ name: 'Hotels', label: 'HOT' }));
    await user.click(block.getByRole('button', { name: 'Edit note 1' }));
    const links = block.getByRole('group', { name: 'This note is about' });
    await user.click(within(links).getByRole('checkbox', { name: 'CAF Cafés' }));
    expect(notes()[0]?.linkedIds).toEqual([cafes]);
    await user.click(block.getByRole('button', { name: 'Done note 1' }));
    const tags = block.getByRole('list', { name: 'About these segments' });
    expect(within(tags).getByText('CAF')).toBeInTheDocument();
    expect(within(tags).queryByText('HOT')).not.toBeInTheDocument();
  });
});
