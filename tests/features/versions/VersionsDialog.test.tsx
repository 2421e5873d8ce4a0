import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FileMenu } from '@/features/exchange/files/FileMenu';
import { useCanvasStore } from '@/store/canvasStore';
import { undo } from '@/store/undo';

const store = () => useCanvasStore.getState();
const user = userEvent.setup();
const active = () => store().canvases[store().activeId ?? '']!;

/** A canvas with one segment of 120 customers, open. */
function openCanvas() {
  store().createCanvas({ name: 'Café' });
  const id = store().addSegment({ name: 'Offices', size: 120 });
  return id;
}

async function openVersions() {
  render(<FileMenu />);
  await user.click(screen.getByRole('button', { name: 'File' }));
  await user.click(screen.getByRole('button', { name: 'Versions…' }));
  return screen.findByRole('dialog', { name: 'Versions of this canvas' });
}

async function saveVersion(dialog: HTMLElement, name: string) {
  await user.type(within(dialog).getByLabelText('Name of the version'), name);
  await user.click(within(dialog).getByRole('button', { name: 'Save this version' }));
}

afterEach(() => vi.restoreAllMocks());

describe('Versions dialog', () => {
  it('saves a named version, says what changed since, restores it as one undoable edit', async () => {
    const segmentId = openCanvas();
    const dialog = await openVersions();
    await saveVersion(dialog, 'Before interviews');
    expect(within(dialog).getByText('Saved “Before interviews”.')).toBeInTheDocument();
    const list = within(dialog).getByRole('list');
    expect(within(list).getByText('Before interviews')).toBeInTheDocument();
    expect(within(list).getByText(/^Saved \w+ \d/)).toBeInTheDocument();

    act(() => store().updateSegment(segmentId, { size: 300 }));
    await user.click(
      within(dialog).getByRole('button', { name: 'What changed since “Before interviews”' }),
    );
    expect(within(dialog).getByText('“Offices”: customers from 120 to 300.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Restore “Before interviews”' }));
    expect(active().segments[0]?.size).toBe(120);
    expect(
      within(dialog).getByText('The canvas is back to “Before interviews”. Undo takes it back.'),
    ).toBeInTheDocument();
    act(() => undo());
    expect(active().segments[0]?.size).toBe(300);
  });

  it('keeps the typed name and says why when this device has no room, and asks for a name', async () => {
    openCanvas();
    const dialog = await openVersions();
    await user.click(within(dialog).getByRole('button', { name: 'Save this version' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the version a name.');
    const name = within(dialog).getByLabelText('Name of the version');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the version a name.');

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await saveVersion(dialog, 'Draft');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/no room left for another version/);
    expect(within(dialog).getByLabelText('Name of the version')).toHaveValue('Draft');
    expect(within(dialog).getByText('No saved versions yet.')).toBeInTheDocument();
  });

  it('deletes a version, and offers to delete one it cannot read', async () => {
    openCanvas();
    window.localStorage.setItem(`bmc:version:${store().activeId}:broken`, '{"format":');
    const dialog = await openVersions();
    expect(within(dialog).getByText(/A saved version cannot be read/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete the unreadable version' }));
    expect(within(dialog).queryByText(/A saved version cannot be read/)).toBeNull();

    await saveVersion(dialog, 'Draft');
    await user.click(within(dialog).getByRole('button', { name: 'Delete “Draft”' }));
    expect(within(dialog).getByText('No saved versions yet.')).toBeInTheDocument();
  });
});
