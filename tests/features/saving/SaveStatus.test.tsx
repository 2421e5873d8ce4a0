import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SaveStatus } from '@/features/saving/SaveStatus';
import { INITIAL_STATUS, usePersistenceStatus } from '@/store/persistenceStatus';
import { useCanvasStore } from '@/store/canvasStore';

import { startPersistence } from '../../persistence/support';

afterEach(() => {
  // unmounted first: resetting the status would otherwise update the mounted screen outside act()
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  usePersistenceStatus.setState(INITIAL_STATUS, true);
});

describe('SaveStatus', () => {
  it('goes from Saved to Saving… and back as the user edits', async () => {
    vi.useFakeTimers();
    await startPersistence({ target: null });
    act(() => void useCanvasStore.getState().createCanvas({ name: 'Uno' }));
    render(<SaveStatus />);
    expect(screen.getByRole('button', { name: /Saving…/ })).toBeInTheDocument();
    act(() => vi.runAllTimers());
    expect(screen.getByRole('button', { name: 'Saved' })).toBeInTheDocument();
  });

  it('keeps the promise and a backup one click away', async () => {
    await startPersistence({ target: null });
    render(<SaveStatus />);
    await userEvent.click(screen.getByRole('button', { name: /Saved/ }));
    const panel = screen.getByRole('group', { name: 'Save status' });
    expect(panel).toHaveTextContent(
      'Your canvas is saved in this browser on this device. Export a file to back it up or move it.',
    );
    expect(screen.getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Save status' })).toBeNull();
  });

  it('#12 says why nothing is saved when storage is full', async () => {
    const saver = await startPersistence({ target: null });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<SaveStatus />);
    act(() => {
      useCanvasStore.getState().createCanvas({ name: 'Uno' });
      saver.flush();
    });
    expect(
      screen.getByRole('button', { name: 'Not saved: browser storage is full' }),
    ).toBeInTheDocument();
  });

  it('#17 says storage is blocked from the start when the probe fails', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await startPersistence({ target: null });
    render(<SaveStatus />);
    expect(
      screen.getByRole('button', { name: 'Not saved: this browser blocks storage' }),
    ).toBeInTheDocument();
  });
});
