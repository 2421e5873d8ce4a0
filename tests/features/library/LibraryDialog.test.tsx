import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { CanvasSwitcher } from '@/features/library/CanvasSwitcher';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { EditorHarness } from '../../support/EditorHarness';

const state = () => useCanvasStore.getState();
const names = () => canvasSelectors.list(state()).map((c) => c.name);

async function openLibrary(canvasNames: string[]) {
  for (const name of canvasNames) state().createCanvas({ name });
  render(
    <>
      <CanvasSwitcher />
      <EditorHarness />
    </>,
  );
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole('button', { name: 'Canvases' }));
  const dialog = screen.getByRole('dialog', { name: 'Your canvases' });
  return { user, dialog: within(dialog) };
}

describe('canvas library', { timeout: 20_000 }, () => {
  it('should create a canvas, open it and focus its name', async () => {
    const { user, dialog } = await openLibrary(['Café']);
    await user.click(dialog.getByRole('button', { name: 'New canvas' }));
    expect(names()).toEqual(['Café', 'Untitled canvas']);
    expect(state().activeId).toBe(state().order[1]);
    const name = dialog.getByRole('textbox', { name: 'Canvas name' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Bakery');
    expect(names()).toEqual(['Café', 'Bakery']);
    expect(dialog.getByRole('heading', { name: '2 canvases' })).toBeInTheDocument();
  });

  it('should rename and duplicate a canvas from its row', async () => {
    const { user, dialog } = await openLibrary(['Café', 'Hotel']);
    await user.click(dialog.getByRole('button', { name: 'Rename Café' }));
    const field = dialog.getByRole('textbox', { name: 'New name for “Café”' });
    expect(field).toHaveFocus();
    await user.type(field, ' Central');
    await user.click(dialog.getByRole('button', { name: 'Done Café Central' }));
    expect(names()).toEqual(['Café Central', 'Hotel']);

    await user.click(dialog.getByRole('button', { name: 'Duplicate Hotel' }));
    expect(names()).toEqual(['Café Central', 'Hotel', 'Copy of Hotel']);
    expect(canvasSelectors.active(state())?.name).toBe('Copy of Hotel');
  });

  it('should delete a canvas and bring it back, open again, with Undo', async () => {
    const { user, dialog } = await openLibrary(['Café', 'Hotel']);
    const hotelId = state().activeId;
    await user.click(dialog.getByRole('button', { name: 'Delete Hotel' }));
    expect(names()).toEqual(['Café']);
    expect(canvasSelectors.active(state())?.name).toBe('Café');
    expect(dialog.getByRole('button', { name: 'New canvas' })).toHaveFocus();
    const notice = screen.getByRole('status', { name: 'Notifications' });
    expect(notice).toHaveTextContent('Canvas “Hotel” deleted.');
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(['Café', 'Hotel']);
    expect(state().activeId).toBe(hotelId);
    expect(notice).toBeEmptyDOMElement();
  });

  it('should withdraw the Undo offer once something else changes', async () => {
    const { user, dialog } = await openLibrary(['Café', 'Hotel', 'Bar']);
    await user.click(dialog.getByRole('button', { name: 'Delete Hotel' }));
    expect(screen.getByRole('status', { name: 'Notifications' })).toHaveTextContent(
      'Canvas “Hotel” deleted.',
    );
    await user.click(dialog.getByRole('button', { name: 'Duplicate Café' }));
    expect(screen.getByRole('status', { name: 'Notifications' })).toBeEmptyDOMElement();
  });

  it('should change the currency, named in the interface language, and format money with it', async () => {
    const { user, dialog } = await openLibrary(['Café']);
    act(() => void state().addSegment({ name: 'Cafés', monthlyRevenuePerCustomer: 25 }));
    const currency = dialog.getByRole('combobox', { name: 'Currency' });
    expect(currency).toHaveDisplayValue('Euro (EUR)');
    await user.selectOptions(currency, 'Mexican Peso (MXN)');
    expect(canvasSelectors.active(state())?.currency).toBe('MXN');
    await user.click(dialog.getAllByRole('button', { name: 'Close' })[0]!);
    expect(screen.getByText('MX$25.00 a month')).toBeInTheDocument();
  });

  it('should switch the open canvas from the header and open another from the list', async () => {
    const { user, dialog } = await openLibrary(['Café', 'Hotel']);
    const [cafe, hotel] = state().order;
    await user.click(dialog.getByRole('button', { name: 'Open Café' }));
    expect(state().activeId).toBe(cafe);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Open canvas' }), 'Hotel');
    expect(state().activeId).toBe(hotel);
  });
});
