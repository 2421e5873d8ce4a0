import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { EditorHarness } from '../../support/EditorHarness';

const segmentAt = (index: number) =>
  canvasSelectors.active(useCanvasStore.getState())?.segments[index];

async function addSegment() {
  const user = userEvent.setup({ delay: null });
  useCanvasStore.getState().createCanvas({ currency: 'EUR' });
  render(<EditorHarness />);
  await user.click(screen.getByRole('button', { name: 'Add segment' }));
  const dialog = screen.getByRole('dialog', { name: 'Customer segment' });
  return { user, dialog };
}

// Role queries over the whole board are slow in jsdom; the budget is generous, never a timing check.
describe('segment dialog', { timeout: 20_000 }, () => {
  it('should commit valid input as the user types and show it on the card once closed', async () => {
    const { user, dialog } = await addSegment();
    const d = within(dialog);
    await user.type(d.getByRole('textbox', { name: 'Name' }), 'Cafés');
    await user.clear(d.getByRole('textbox', { name: 'Size (customers)' }));
    await user.type(d.getByRole('textbox', { name: 'Size (customers)' }), '1250');
    await user.clear(d.getByRole('textbox', { name: 'Monthly revenue per customer' }));
    await user.type(d.getByRole('textbox', { name: 'Monthly revenue per customer' }), '12.5');
    await user.clear(d.getByRole('textbox', { name: 'Gross margin' }));
    await user.type(d.getByRole('textbox', { name: 'Gross margin' }), '45');
    await user.selectOptions(d.getByRole('combobox', { name: 'Market type' }), 'Mass market');
    await user.click(d.getByRole('radio', { name: 'Green' }));
    await user.click(d.getByRole('checkbox', { name: 'Self-service' }));
    await user.selectOptions(
      d.getByRole('combobox', { name: 'Role in the purchase' }),
      'Economic buyer',
    );
    await user.click(d.getByRole('textbox', { name: 'Who they are' }));
    await user.paste('Owners of small cafés');

    expect(segmentAt(0)).toMatchObject({
      name: 'Cafés',
      size: 1250,
      monthlyRevenuePerCustomer: 12.5,
      grossMargin: 0.45,
      marketType: 'mass',
      colorIndex: 2,
      expectedRelationships: ['self_service'],
      archetype: { role: 'economic_buyer', whoTheyAre: 'Owners of small cafés' },
    });
    // The board behind the editor catches up once it closes.
    await user.click(d.getAllByRole('button', { name: 'Close' })[0]!);
    const card = screen.getByRole('article', { name: 'Customer segments' });
    expect(within(card).getByRole('button', { name: 'Edit Cafés' })).toBeInTheDocument();
    expect(within(card).getByText('1,250 customers')).toBeInTheDocument();
    expect(within(card).getByText('€12.50 a month')).toBeInTheDocument();
  });

  it('should keep invalid input on screen with a message and never commit it', async () => {
    const { user, dialog } = await addSegment();
    const d = within(dialog);
    const size = d.getByRole('textbox', { name: 'Size (customers)' });
    await user.clear(size);
    await user.type(size, '12x');
    expect(size).toHaveValue('12x');
    expect(size).toHaveAccessibleDescription(expect.stringContaining('Enter a number'));
    expect(segmentAt(0)?.size).toBe(12);

    const churn = d.getByRole('textbox', { name: 'Monthly churn' });
    await user.clear(churn);
    await user.type(churn, '150');
    expect(churn).toHaveValue('150');
    expect(churn).toHaveAttribute('aria-invalid', 'true');
    expect(segmentAt(0)?.monthlyChurn).toBe(0.15);

    const label = d.getByRole('textbox', { name: 'Short label' });
    await user.clear(label);
    await user.type(label, 'CAFES');
    expect(label).toHaveValue('CAFES');
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(segmentAt(0)?.label).toBe('CAFE');
  });

  it('should leave optional numbers empty and clear them again', async () => {
    const { user, dialog } = await addSegment();
    const cac = within(dialog).getByRole('textbox', {
      name: 'Acquisition cost per customer (CAC)',
    });
    await user.type(cac, '80');
    expect(segmentAt(0)?.acquisitionCostOverride).toBe(80);
    await user.clear(cac);
    expect(segmentAt(0)?.acquisitionCostOverride).toBeUndefined();
    expect(cac).not.toHaveAttribute('aria-invalid');
  });

  it('should delete a segment only after confirming, and offer to undo it', async () => {
    const { user, dialog: created } = await addSegment();
    await user.type(within(created).getByRole('textbox', { name: 'Name' }), 'Hotels');
    await user.click(within(created).getByRole('button', { name: 'Done' }));
    // Opened from its card, whose Edit button disappears with the segment.
    await user.click(screen.getByRole('button', { name: 'Edit Hotels' }));
    const dialog = screen.getByRole('dialog', { name: 'Customer segment' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    expect(segmentAt(0)?.name).toBe('Hotels');
    expect(within(dialog).getByText(/Delete “Hotels”\?/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete it' }));

    expect(segmentAt(0)).toBeUndefined();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add segment' })).toHaveFocus();
    const status = screen.getByRole('status', { name: 'Notifications' });
    expect(status).toHaveTextContent('Segment “Hotels” deleted.');
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(segmentAt(0)?.name).toBe('Hotels');
    expect(status).toBeEmptyDOMElement();
  });

  it('should cancel a deletion and keep the segment', async () => {
    const { user, dialog } = await addSegment();
    await user.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(segmentAt(0)).toBeDefined();
    expect(within(dialog).getByRole('button', { name: 'Delete segment' })).toBeInTheDocument();
  });
});
