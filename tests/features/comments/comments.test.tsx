import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { addComment, readThreads, writeCanvas } from '@/collab';
import { CommentSlot } from '@/components/CommentSlot';
import CanvasComments from '@/features/comments/CanvasComments';
import { CommentsView } from '@/features/comments/CommentsView';
import { canvasSelectors } from '@/store/selectors';
import { useCanvasStore } from '@/store/canvasStore';

import { seedSmbCanvas } from '../../support/seedCanvas';

const ana = { name: 'Ana', role: 'student' } as const;

function openCanvas() {
  const { segmentId } = seedSmbCanvas();
  const noteId = useCanvasStore.getState().addNote('keyPartners', 'Banco local');
  const canvas = canvasSelectors.active(useCanvasStore.getState())!;
  return { canvas, segmentId, noteId };
}

describe('the comments of a live canvas', () => {
  it('starts a thread on a note, answers, resolves and reopens it, keeping markup as text', () => {
    const { canvas, noteId } = openCanvas();
    const doc = new Y.Doc();
    let showing: Parameters<typeof CommentsView>[0]['showing'] = 'all';
    const view = () => (
      <CommentsView
        doc={doc}
        canvas={canvas}
        author={ana}
        showing={showing}
        onShowing={(next) => {
          showing = next;
          rerender(view());
        }}
      />
    );
    const { rerender } = render(view());
    expect(screen.getByText(/No comments yet/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Comments on'), {
      target: { value: `note:${noteId}` },
    });
    const field = screen.getByLabelText('New comment on Note in Key partners: Banco local');
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your comment first.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Write your comment first.');
    expect(readThreads(doc)).toHaveLength(0);

    const text = '<em>¿Cuál?</em>';
    fireEvent.change(field, { target: { value: `  ${text}  ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    const thread = screen.getByRole('article', {
      name: 'Comments on Note in Key partners: Banco local',
    });
    expect(within(thread).getByText(text).tagName).toBe('P');
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readThreads(doc)[0]).toMatchObject({ target: { kind: 'note', id: noteId } });

    fireEvent.change(within(thread).getByLabelText('Answer'), {
      target: { value: 'El de la esquina' },
    });
    fireEvent.click(within(thread).getByRole('button', { name: 'Send answer' }));
    expect(within(thread).getByText('El de la esquina')).toBeInTheDocument();
    fireEvent.click(within(thread).getByRole('button', { name: 'Resolve' }));
    expect(within(thread).getByText('Resolved')).toBeInTheDocument();
    fireEvent.click(within(thread).getByRole('button', { name: 'Reopen' }));
    expect(readThreads(doc)[0]!.resolved).toBe(false);
  });

  it('shows a marker with the open threads in place, and opens that target’s thread from it', async () => {
    const { segmentId } = openCanvas();
    const doc = new Y.Doc();
    render(
      <>
        <CanvasComments doc={doc} author={ana} />
        <CommentSlot kind="segment" id={segmentId} label="Small businesses" />
      </>,
    );
    expect(screen.queryByRole('button', { name: /open comment/ })).toBeNull();

    // A comment arriving from elsewhere (the instructor) appears on the segment.
    const remote = new Y.Doc();
    act(() => {
      addComment(remote, {
        target: { kind: 'segment', id: segmentId },
        authorName: 'Instructor',
        authorRole: 'instructor',
        text: 'How many?',
      });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    });
    const marker = screen.getByRole('button', { name: '1 open comment on Small businesses' });
    expect(screen.getByRole('button', { name: 'Comments (1 open)' })).toBeInTheDocument();
    fireEvent.click(marker);
    const dialog = await screen.findByRole('dialog', { name: 'Comments' });
    expect(within(dialog).getByLabelText('Comments on')).toHaveValue(`segment:${segmentId}`);
    expect(within(dialog).getByText('How many?')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    expect(
      screen.getByRole('button', { name: 'Comments on Small businesses, all resolved' }),
    ).toBeInTheDocument();
  });

  it('renders a marker again only when its own count changes, and never for a canvas edit', () => {
    const { canvas, segmentId, noteId } = openCanvas();
    const doc = new Y.Doc();
    const renders = { segment: 0, note: 0 };
    render(
      <>
        <CanvasComments doc={doc} author={ana} />
        <Profiler id="segment" onRender={() => void renders.segment++}>
          <CommentSlot kind="segment" id={segmentId} label="Small businesses" />
        </Profiler>
        <Profiler id="note" onRender={() => void renders.note++}>
          <CommentSlot kind="note" id={noteId} label="note 1" />
        </Profiler>
      </>,
    );
    const comment = (kind: 'segment' | 'note', id: string) =>
      act(() => {
        addComment(doc, {
          target: { kind, id },
          authorName: 'Ana',
          authorRole: 'student',
          text: 'Hola',
        });
      });
    comment('segment', segmentId);
    screen.getByRole('button', { name: '1 open comment on Small businesses' });
    const before = { ...renders };
    comment('note', noteId);
    screen.getByRole('button', { name: '1 open comment on note 1' });
    expect(renders.segment).toBe(before.segment);
    expect(renders.note).toBe(before.note + 1);

    act(() => writeCanvas(doc, { ...canvas, name: 'Otro nombre' }));
    expect(renders).toEqual({ segment: before.segment, note: before.note + 1 });
  });
});
