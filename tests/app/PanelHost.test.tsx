import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { PanelHost } from '@/app/PanelHost';
import { useUiStore, type Panel } from '@/store/uiStore';

import { seedSmbCanvas } from '../support/seedCanvas';

afterEach(() => {
  cleanup();
  useUiStore.setState({ panel: null, focusTarget: null });
});

async function openSegmentEditor() {
  const { segmentId } = seedSmbCanvas();
  render(
    <>
      <button type="button">Opener</button>
      <button type="button">Elsewhere</button>
      <PanelHost />
    </>,
  );
  const panel: Panel = { kind: 'segment', segmentId };
  screen.getByRole('button', { name: 'Opener' }).focus();
  act(() => useUiStore.getState().openPanel(panel));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
  return { panel, dialog };
}

describe('closing an editor', () => {
  it('should hide the dialog at once and unmount it after the next paint', async () => {
    const { dialog } = await openSegmentEditor();
    act(() => useUiStore.getState().closePanel());

    expect(dialog).not.toHaveAttribute('open');
    expect(dialog.isConnected).toBe(true);
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(screen.getByRole('button', { name: 'Opener' })).toHaveFocus();
  });

  it('should leave focus where the user put it while the dialog was going', async () => {
    const { dialog } = await openSegmentEditor();
    act(() => useUiStore.getState().closePanel());
    screen.getByRole('button', { name: 'Elsewhere' }).focus();

    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });

  it('should show the editor again when it is reopened before it has gone', async () => {
    const { panel, dialog } = await openSegmentEditor();
    act(() => {
      useUiStore.getState().closePanel();
    });
    act(() => useUiStore.getState().openPanel(panel));

    expect(dialog).toHaveAttribute('open');
    // past the frame and task after which a closed editor is unmounted
    await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    expect(dialog.isConnected).toBe(true);
    expect(dialog).toHaveAttribute('open');
  });
});
