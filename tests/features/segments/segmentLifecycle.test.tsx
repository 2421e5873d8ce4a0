import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';
import { canvasSelectors } from '@/store/selectors';

import { EditorHarness } from '../../support/EditorHarness';

const firstSegment = () => canvasSelectors.active(useCanvasStore.getState())?.segments[0];

describe('segment life cycle (§9.7)', { timeout: 20_000 }, () => {
  it('should start unsaid, save launch, growth or mature, and go back to unsaid', async () => {
    const user = userEvent.setup({ delay: null });
    useCanvasStore.getState().createCanvas({ currency: 'EUR' });
    render(<EditorHarness />);
    await user.click(screen.getByRole('button', { name: 'Add segment' }));
    const field = screen.getByLabelText('Life cycle');
    expect(field).toHaveValue('');
    expect(firstSegment()?.lifecycle).toBeUndefined();

    await user.selectOptions(field, 'Mature');
    expect(firstSegment()?.lifecycle).toBe('mature');
    await user.selectOptions(field, 'Not said');
    expect(firstSegment()?.lifecycle).toBeUndefined();

    await act(() => i18next.changeLanguage('es'));
    await user.selectOptions(screen.getByLabelText('Ciclo de vida'), 'Crecimiento');
    expect(firstSegment()?.lifecycle).toBe('growth');
  });

  it('should leave the revenue empty as "not entered yet" and keep an out-of-range churn on screen', async () => {
    const user = userEvent.setup({ delay: null });
    useCanvasStore.getState().createCanvas({ currency: 'EUR' });
    render(<EditorHarness />);
    await user.click(screen.getByRole('button', { name: 'Add segment' }));
    expect(firstSegment()?.monthlyRevenuePerCustomer).toBeUndefined();

    const revenue = screen.getByLabelText(/revenue per customer/i);
    await user.type(revenue, '0');
    expect(firstSegment()?.monthlyRevenuePerCustomer).toBe(0); // an entered 0 is a free segment
    await user.clear(revenue);
    expect(firstSegment()?.monthlyRevenuePerCustomer).toBeUndefined();

    const churn = screen.getByLabelText(/churn/i);
    await user.clear(churn);
    await user.type(churn, '100');
    expect(churn).toHaveValue('100');
    expect(churn).toHaveAttribute('aria-invalid', 'true');
    expect(firstSegment()?.monthlyChurn).not.toBe(1);
  });
});
