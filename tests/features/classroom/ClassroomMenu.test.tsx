import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import ClassroomMenu from '@/features/classroom/ClassroomMenu';
import { useClassroomStore } from '@/features/classroom/classroomStore';
import { loadGuideSeen } from '@/persistence/guidePreference';
import { useCanvasStore } from '@/store/canvasStore';

const ITEMS = [
  'Examples gallery',
  'Present',
  'Live class',
  'Print',
  'Download PNG',
  'Guided tour',
  'Class dashboard',
];

describe('ClassroomMenu', () => {
  afterEach(() => {
    useClassroomStore.setState(useClassroomStore.getInitialState(), true);
  });

  it('should list the classroom tools and keep the canvas ones off until a canvas is open', async () => {
    const user = userEvent.setup();
    render(<ClassroomMenu onOpenDashboard={() => {}} onOpenLiveClass={() => {}} />);
    const trigger = screen.getByRole('button', { name: /Classroom/ });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(ITEMS);
    expect(within(list).getByRole('button', { name: 'Present' })).toBeDisabled();
    expect(within(list).getByRole('button', { name: 'Examples gallery' })).toBeEnabled();

    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });

  it('should open the examples gallery and give focus back to the menu when it closes', async () => {
    const user = userEvent.setup();
    render(<ClassroomMenu onOpenDashboard={() => {}} onOpenLiveClass={() => {}} />);
    await user.click(screen.getByRole('button', { name: /Classroom/ }));
    await user.click(screen.getByRole('button', { name: 'Examples gallery' }));
    const gallery = await screen.findByRole('dialog', { name: 'Examples gallery' });
    await user.click(within(gallery).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Classroom/ })).toHaveFocus();
  });

  it('should offer the tour once a canvas is open, and stop offering it when declined', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ClassroomMenu onOpenDashboard={() => {}} onOpenLiveClass={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Take the tour' })).not.toBeInTheDocument();

    useCanvasStore.getState().createCanvas({ name: 'Tea shop' });
    await user.click(await screen.findByRole('button', { name: "Don't offer the tour again" }));
    expect(screen.queryByRole('button', { name: 'Take the tour' })).not.toBeInTheDocument();
    expect(loadGuideSeen()).toBe(true);

    unmount();
    render(<ClassroomMenu onOpenDashboard={() => {}} onOpenLiveClass={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Take the tour' })).not.toBeInTheDocument();
  });

  it('should start the tour from the offer', async () => {
    const user = userEvent.setup();
    useCanvasStore.getState().createCanvas({ name: 'Tea shop' });
    render(<ClassroomMenu onOpenDashboard={() => {}} onOpenLiveClass={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Take the tour' }));
    expect(await screen.findByRole('dialog', { name: 'Welcome to Vínculo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take the tour' })).not.toBeInTheDocument();
  });
});
