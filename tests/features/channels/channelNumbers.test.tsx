import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ChannelsDialog } from '@/features/channels/ChannelsDialog';
import { i18next } from '@/i18n/config';
import { useCanvasStore } from '@/store/canvasStore';

import { activeCanvas, seedSegment } from '../relationships/seed';

const tab = (name: string) => screen.getByRole('tab', { name });

describe('Channels dialog: questions and checklist (§9.7)', () => {
  it('should save each channel question per segment and keep the answers apart', async () => {
    const user = userEvent.setup();
    const { segmentId } = seedSegment();
    const other = useCanvasStore.getState().addSegment({ name: 'Hotels', size: 10 });
    render(<ChannelsDialog />);
    await user.click(tab('Questions per segment'));

    await user.type(
      screen.getByLabelText('Through which channels does this segment want to be reached?'),
      'WhatsApp and the shop',
    );
    expect(activeCanvas().segments[0]?.channelAnswers).toEqual({
      wanted: 'WhatsApp and the shop',
    });

    await user.selectOptions(screen.getByLabelText('Segment'), 'Hotels');
    const wanted = screen.getByLabelText(
      'Through which channels does this segment want to be reached?',
    );
    expect(wanted).toHaveValue('');
    await user.type(screen.getByLabelText('Which channels work best?'), 'Sales visits');
    const segments = activeCanvas().segments;
    expect(segments.find((s) => s.id === other)?.channelAnswers).toEqual({
      bestWorking: 'Sales visits',
    });
    expect(segments.find((s) => s.id === segmentId)?.channelAnswers?.bestWorking).toBeUndefined();
  });

  it('should keep an over-long answer on screen with a message and not save it', async () => {
    const user = userEvent.setup();
    seedSegment();
    render(<ChannelsDialog />);
    await user.click(tab('Questions per segment'));
    const field = screen.getByLabelText('How are our channels integrated?');
    await user.click(field);
    await user.paste('x'.repeat(4001));
    expect(field).toHaveValue('x'.repeat(4001));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(activeCanvas().segments[0]?.channelAnswers?.integration).toBeUndefined();
  });

  it('should answer the innovation checklist, mark items done and count them, in Spanish too', async () => {
    const user = userEvent.setup();
    seedSegment();
    render(<ChannelsDialog />);
    await user.click(tab('Innovation checklist'));
    expect(screen.getByText('0 of 7 done')).toBeInTheDocument();

    await user.type(
      screen.getByLabelText('Could our channels win us more customers?'),
      'Referrals from cafés',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Done: Could our channels win us more customers?' }),
    );
    expect(activeCanvas().channelChecklist).toEqual([
      { questionId: 'winMoreCustomers', answer: 'Referrals from cafés', done: true },
    ]);
    expect(screen.getByText('1 of 7 done')).toBeInTheDocument();

    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByText('1 de 7 hechas')).toBeInTheDocument();
    expect(
      screen.getByLabelText('¿Podrían nuestros canales conseguirnos más clientes?'),
    ).toHaveValue('Referrals from cafés');
  });
});
