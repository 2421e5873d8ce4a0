import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import LiveClassDialog from '@/features/live/LiveClassDialog';
import { i18next } from '@/i18n/config';
import { readInstructorClasses, readLiveSession } from '@/persistence/liveDocs';
import { useCanvasStore } from '@/store/canvasStore';

import { membership, serverAnswers } from './support';

afterEach(async () => {
  // unmounted first: a language change would otherwise update the mounted screen outside act()
  cleanup();
  vi.restoreAllMocks();
});

const created = { classId: 'c1', joinCode: 'ABCD-EFGH-JKMN-P', instructorToken: 'tok-teacher' };

async function createClass(title: string, onOpenClass = vi.fn(), onClose = vi.fn()) {
  const user = userEvent.setup();
  render(<LiveClassDialog onClose={onClose} onOpenClass={onOpenClass} />);
  await user.type(screen.getByLabelText('Class title'), title);
  await user.click(screen.getByRole('button', { name: 'Create the class' }));
  return user;
}

describe('LiveClassDialog, instructor', () => {
  it('creates a class, keeps it in this browser and opens it on the class dashboard', async () => {
    serverAnswers({ status: 201, body: created });
    const onOpenClass = vi.fn();
    const onClose = vi.fn();
    await createClass('Marketing 2', onOpenClass, onClose);

    await vi.waitFor(() =>
      expect(onOpenClass).toHaveBeenCalledWith(
        expect.objectContaining({ ...created, title: 'Marketing 2' }),
      ),
    );
    expect(onClose).toHaveBeenCalled();
    expect(readInstructorClasses()).toMatchObject([{ classId: 'c1', title: 'Marketing 2' }]);
  });

  it('reopens a class created earlier in this browser', async () => {
    serverAnswers({ status: 201, body: created });
    await createClass('Marketing 2');
    cleanup();
    const onOpenClass = vi.fn();
    const user = userEvent.setup();
    render(<LiveClassDialog onClose={() => {}} onOpenClass={onOpenClass} />);
    await user.click(screen.getByRole('button', { name: /Marketing 2/ }));
    expect(onOpenClass).toHaveBeenCalledWith(expect.objectContaining({ classId: 'c1' }));
  });

  it.each([
    ['too_many_requests', 429, 'Too many attempts in a short time. Wait a minute and try again.'],
    ['too_large', 413, 'This is too large for the server. Make the canvas smaller and try again.'],
  ])('says what the server answered (%s)', async (code, status, sentence) => {
    serverAnswers({ status, body: { error: code } });
    await createClass('x');
    expect(await screen.findByRole('alert')).toHaveTextContent(sentence);
  });

  it('says in Spanish when no class server answers', async () => {
    await i18next.changeLanguage('es');
    serverAnswers('html');
    const user = userEvent.setup();
    render(<LiveClassDialog onClose={() => {}} onOpenClass={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Crear la clase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No se puede contactar con el servidor de la clase.',
    );
  });
});

describe('LiveClassDialog, student typing a code', () => {
  it('asks for a code that looks right and a name before calling the server', async () => {
    const fetch = serverAnswers();
    const user = userEvent.setup();
    render(<LiveClassDialog onClose={() => {}} onOpenClass={() => {}} />);
    await user.type(screen.getByLabelText('Class code'), 'hola');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert')).toHaveTextContent('That code does not look right.');
    expect(screen.getByLabelText('Class code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Class code')).toHaveAccessibleDescription(
      expect.stringContaining('That code does not look right.'),
    );

    await user.clear(screen.getByLabelText('Class code'));
    await user.type(screen.getByLabelText('Class code'), 'abcd-efgh-jkmn-p');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your name');
    expect(screen.getByLabelText('Class code')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      expect.stringContaining('Write your name'),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('joins: a live canvas opens in the library, named after the class and the student', async () => {
    const onClose = vi.fn();
    serverAnswers({ status: 200, body: membership });
    const user = userEvent.setup();
    render(<LiveClassDialog onClose={onClose} onOpenClass={() => {}} />);
    await user.type(screen.getByLabelText('Class code'), 'abcd-efgh-jkmn-p');
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());

    const { activeId, canvases } = useCanvasStore.getState();
    expect(activeId && canvases[activeId]?.name).toBe('Marketing 2 — Ana');
    expect(activeId && readLiveSession(activeId)).toMatchObject({
      documentName: 'class/c1/canvas/k1',
      token: 'tok-student',
    });
  });

  it.each([
    ['en', 'unknown_code', 404, 'No class has that code.'],
    ['en', 'class_full', 409, 'This class is full.'],
    ['en', 'invalid_name', 400, 'That name cannot be used.'],
    ['en', 'expired', 401, 'This class has ended or the link has expired.'],
    ['es', 'unknown_code', 404, 'Ninguna clase tiene ese código.'],
    ['es', 'class_full', 409, 'Esta clase está llena.'],
    ['es', 'invalid_name', 400, 'Ese nombre no se puede usar.'],
    ['es', 'expired', 401, 'Esta clase ha terminado o el enlace ha caducado.'],
  ])(
    'in %s, explains the server code %s and keeps the library as it was',
    async (lng, code, status, sentence) => {
      await i18next.changeLanguage(lng);
      serverAnswers({ status, body: { error: code } });
      const user = userEvent.setup();
      render(<LiveClassDialog onClose={() => {}} onOpenClass={() => {}} />);
      await user.type(
        screen.getByLabelText(lng === 'es' ? 'Código de la clase' : 'Class code'),
        'ABCD-EFGH-JKMN-P',
      );
      await user.type(screen.getByLabelText(lng === 'es' ? 'Tu nombre' : 'Your name'), 'Ana');
      await user.click(screen.getByRole('button', { name: lng === 'es' ? 'Unirme' : 'Join' }));
      expect(
        await screen.findByText(new RegExp(sentence.replace(/[.?]/g, '\\$&'))),
      ).toHaveAttribute('role', 'alert');
      expect(useCanvasStore.getState().order).toEqual([]);
    },
  );

  it('says the server cannot be reached when the network fails', async () => {
    serverAnswers('down');
    const user = userEvent.setup();
    render(<LiveClassDialog onClose={() => {}} onOpenClass={() => {}} />);
    await user.type(screen.getByLabelText('Class code'), 'ABCD-EFGH-JKMN-P');
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The class server cannot be reached.',
    );
  });
});
