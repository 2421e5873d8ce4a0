import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { App } from '@/app/App';
import { historyCommand } from '@/app/undoShortcuts';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';
import { fieldId, useUiStore } from '@/store/uiStore';

/**
 * Editors load on first use: the first one to open in a test run waits for its module (a
 * ceiling, not a wait: under a full parallel run that first compile took over 5 s).
 */
const LAZY = { timeout: 15_000 };

const segments = () => canvasSelectors.active(useCanvasStore.getState())?.segments ?? [];
const history = () => within(screen.getByRole('group', { name: 'Edit history' }));

function renderWithSegment() {
  useCanvasStore.getState().createCanvas({ name: 'Café' });
  useCanvasStore.getState().addSegment({ name: 'Hotels' });
  useCanvasStore.temporal.getState().clear();
  render(<App />);
  return userEvent.setup({ delay: null });
}

describe('app shell', { timeout: 20_000 }, () => {
  it('should show the open canvas with a skip link, the header and the board', () => {
    renderWithSegment();
    expect(screen.getByRole('link', { name: 'Skip to the canvas' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Café' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Customer segments' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome to Vínculo' })).not.toBeInTheDocument();
  });

  it('should undo and redo with the header buttons, disabled when there is nothing to do', async () => {
    const user = renderWithSegment();
    const undoButton = history().getByRole('button', { name: /^Undo/ });
    const redoButton = history().getByRole('button', { name: /^Redo/ });
    expect(undoButton).toBeDisabled();
    expect(redoButton).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Add segment' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }, LAZY));
    expect(segments()).toHaveLength(2);
    expect(undoButton).toBeEnabled();

    await user.click(undoButton);
    expect(segments()).toHaveLength(1);
    expect(undoButton).toBeDisabled();
    expect(redoButton).toBeEnabled();
    await user.click(redoButton);
    expect(segments()).toHaveLength(2);
  });

  it('should undo with Ctrl/Cmd+Z and redo with Shift+Ctrl/Cmd+Z or Ctrl+Y outside text fields', async () => {
    const user = renderWithSegment();
    const [hotels] = segments();
    if (!hotels) throw new Error('no segment');
    act(() => {
      useCanvasStore.getState().addSegment({ name: 'Bars' });
      useCanvasStore.getState().removeSegment(hotels.id);
    });
    expect(segments().map((s) => s.name)).toEqual(['Bars']);

    await user.keyboard('{Control>}z{/Control}');
    expect(segments().map((s) => s.name)).toEqual(['Hotels', 'Bars']);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(segments().map((s) => s.name)).toEqual(['Hotels']);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(segments().map((s) => s.name)).toEqual(['Hotels', 'Bars']);
    await user.keyboard('{Control>}y{/Control}');
    expect(segments().map((s) => s.name)).toEqual(['Bars']);
  });

  it('should leave Ctrl+Z to the browser inside a text field', async () => {
    const user = renderWithSegment();
    await user.click(screen.getByRole('button', { name: 'Edit Hotels' }));
    const name = await screen.findByRole('textbox', { name: 'Name' }, LAZY);
    await user.type(name, ' and hostels');
    expect(segments()[0]?.name).toBe('Hotels and hostels');
    const event = fireEvent.keyDown(name, { key: 'z', ctrlKey: true });
    expect(event).toBe(true); // not prevented: the browser's text undo runs
    expect(segments()[0]?.name).toBe('Hotels and hostels');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(segments()[0]?.name).toBe('Hotels');
  });

  it('should open the segment editor with focus on the field a finding points at', async () => {
    renderWithSegment();
    const [hotels] = segments();
    if (!hotels) throw new Error('no segment');
    act(() =>
      useUiStore
        .getState()
        .openPanel({ kind: 'segment', segmentId: hotels.id }, fieldId(hotels.id, 'size')),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Customer segment' }, LAZY),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Size (customers)' })).toHaveFocus();
    expect(useUiStore.getState().focusTarget).toBeNull();
  });

  it('should open a new segment on its name field', async () => {
    const user = renderWithSegment();
    await user.click(screen.getByRole('button', { name: 'Add segment' }));
    expect(await screen.findByRole('textbox', { name: 'Name' }, LAZY)).toHaveFocus();
  });
});

describe('first run in the app', () => {
  it('should take the keyboard to "Add segment" once a blank canvas exists', async () => {
    render(<App />);
    // The examples beside the blank canvas load lazily; a user sees them before choosing.
    expect(await screen.findAllByRole('button', { name: /^Open a copy/ })).not.toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Start a blank canvas' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'My business model' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add segment' })).toHaveFocus();
  });
});

describe('historyCommand', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  it('should map the platform shortcuts to undo and redo and ignore everything else', () => {
    expect(historyCommand(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(historyCommand(key({ key: 'z', metaKey: true }))).toBe('undo');
    expect(historyCommand(key({ key: 'Z', ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key({ key: 'z', metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key({ key: 'y', ctrlKey: true }))).toBe('redo');
    expect(historyCommand(key({ key: 'y', metaKey: true }))).toBeNull();
    expect(historyCommand(key({ key: 'z' }))).toBeNull();
    expect(historyCommand(key({ key: 'z', ctrlKey: true, altKey: true }))).toBeNull();
  });
});
