import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import ClassDashboard from '@/features/dashboard/ClassDashboard';
import { openLiveClass } from '@/features/dashboard';
import { useClassStore } from '@/features/dashboard/classStore';
import { i18next } from '@/i18n/config';

import { serverAnswers } from '../live/support';
import { canvasFile, studentCanvas } from './classCanvases';

const liveClass = {
  classId: 'c1',
  joinCode: 'ABCDEFGHJKMNP',
  instructorToken: 'tok-teacher',
  title: 'Marketing 2',
  createdAt: '2026-12-03T10:00:00.000Z',
};

const members = (...list: Array<[string, string]>) => ({
  status: 200,
  body: {
    classTitle: 'Marketing 2',
    members: list.map(([displayName, canvas], i) => ({
      memberId: `m${i}`,
      displayName,
      documentName: `class/c1/canvas/${canvas}`,
      joinedAt: i,
    })),
  },
});

afterEach(async () => {
  cleanup(); // unmounted first: that closes the class's connections
  vi.restoreAllMocks();
  useClassStore.setState(useClassStore.getInitialState(), true);
});

async function openLive() {
  await openLiveClass(liveClass);
  render(<ClassDashboard />);
}

describe('ClassDashboard: a live class', () => {
  it('shows how to join and a card per canvas, a team on one card, names as text', async () => {
    serverAnswers(members(['<b>Ana</b>', 'k1'], ['Bea', 'k2'], ['Luis', 'k1']));
    await openLive();

    expect(await screen.findByLabelText('Join link')).toHaveValue(
      'http://localhost:3000/#/live/join/ABCD-EFGH-JKMN-P',
    );
    expect(screen.getByLabelText('Class code')).toHaveValue('ABCD-EFGH-JKMN-P');
    expect(screen.getByRole('heading', { name: 'Live class: Marketing 2' })).toBeInTheDocument();
    expect(await screen.findByText(/^List of students refreshed at /)).toBeInTheDocument();

    const team = await screen.findByRole('article', { name: '<b>Ana</b>, Luis' });
    expect(team.querySelector('b')).toBeNull();
    expect(within(team).getByText(/this canvas has not arrived/)).toBeInTheDocument();
    // A canvas that belongs to the class cannot be removed from the dashboard.
    expect(within(team).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByRole('article', { name: 'Bea' })).toBeInTheDocument();
  });

  it('adds students who join later when the list is refreshed', async () => {
    serverAnswers(members(['Ana', 'k1']), members(['Ana', 'k1'], ['Bea', 'k2']));
    await openLive();
    await screen.findByRole('article', { name: 'Ana' });
    expect(screen.queryByRole('article', { name: 'Bea' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Refresh the list' }));
    expect(await screen.findByRole('article', { name: 'Bea' })).toBeInTheDocument();
  });

  it('says in Spanish when the class server cannot be reached, and files still load', async () => {
    await i18next.changeLanguage('es');
    serverAnswers('down');
    await openLive();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No se puede contactar con el servidor de la clase',
    );

    const file = canvasFile(studentCanvas('Café', [{ name: 'Commuters' }]), 'ana.vinculo.json');
    await userEvent.upload(
      screen.getByLabelText('Elegir archivos de lienzo para el panel de la clase'),
      [file],
    );
    expect(await screen.findByRole('article', { name: 'ana' })).toBeInTheDocument();
  });

  it('says that the first list is loading, then that nobody joined yet', async () => {
    serverAnswers(members());
    await openLive();
    expect(screen.getByText('Loading who joined…')).toBeInTheDocument();
    expect(
      await screen.findByText(/No student has joined yet: share the link or the code\./),
    ).toBeInTheDocument();
  });
});
