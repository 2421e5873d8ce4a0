import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { App } from '@/app/App';
import { useClassStore } from '@/features/dashboard/classStore';
import { useCanvasStore } from '@/store/canvasStore';

// Lazy chunks on a machine with every core busy can take a while; the test waits for state, not time.
const LAZY = { timeout: 15_000 };

afterEach(() => {
  useClassStore.setState(useClassStore.getInitialState(), true);
});

describe('opening the class dashboard', { timeout: 40_000 }, () => {
  it('should open from the Classroom menu in place of the board, and go back to it', async () => {
    useCanvasStore.getState().createCanvas({ name: 'Café' });
    const user = userEvent.setup({ delay: null });
    render(<App />);
    // The menu loads after the first screen; a disabled look-alike holds its place until then.
    const menu = () => screen.getByRole('button', { name: /^Classroom/ });
    await waitFor(() => expect(menu()).toBeEnabled(), LAZY);
    await user.click(menu());
    await user.click(screen.getByRole('button', { name: 'Class dashboard' }));

    const title = await screen.findByRole('heading', { level: 1, name: 'Class dashboard' }, LAZY);
    expect(title).toHaveFocus();
    const main = screen.getByRole('main');
    expect(main).toHaveClass('app-main--dashboard');
    expect(within(main).getByRole('button', { name: 'Choose canvas files…' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to the canvas' }));
    expect(screen.queryByRole('heading', { name: 'Class dashboard' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Café' })).toBeVisible();
    expect(main).toHaveFocus();
  });
});
