import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Note, NoteBlock, Segment } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useIdleImport } from '@/hooks/useIdleImport';
import { sameItems } from '@/lib/sameProps';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

import { NoteItem, type NoteDrag, type NoteLabels } from './NoteItem';
import type { NotesDragAndDrop, OnNoteDrag } from './NotesDragAndDrop';
import './NotesBlock.css';

type DragAndDrop = { NotesDragAndDrop: typeof NotesDragAndDrop };
let dragAndDrop: DragAndDrop | null = null;
let loadingDragAndDrop: Promise<DragAndDrop> | null = null;

/**
 * Drag and drop (@dnd-kit) loads once the browser is idle after the first screen, not in its
 * effects (useIdleImport); until then the move buttons reorder the notes. It renders beside the
 * list, so its arrival remounts nothing.
 */
const loadDragAndDrop = () =>
  (loadingDragAndDrop ??= import('./NotesDragAndDrop').then((module) => (dragAndDrop = module)));

/** A label per position, translated once per position and language, not on every render of a note. */
function perPosition(label: (position: number) => string): (position: number) => string {
  const known = new Map<number, string>();
  return (position) => {
    let text = known.get(position);
    if (text === undefined) known.set(position, (text = label(position)));
    return text;
  };
}

/**
 * The notes' ids, the same array while they are the same ids in the same order: typing in a
 * note leaves drag and drop (memoised on them) alone.
 */
function useIds(notes: readonly Note[]): string[] {
  const next = notes.map((n) => n.id);
  const [ids, setIds] = useState(next);
  if (sameItems(ids, next)) return ids;
  setIds(next);
  return next;
}

/** What drag and drop hands each note while a drag may start (see NotesDragAndDrop). */
function useNoteDrags() {
  const [drags, setDrags] = useState<ReadonlyMap<string, NoteDrag>>(new Map());
  const onDrag = useCallback<OnNoteDrag>(
    (id, drag) =>
      setDrags((current) => {
        if (current.get(id) === drag) return current;
        const next = new Map(current);
        if (drag) next.set(id, drag);
        else next.delete(id);
        return next;
      }),
    [],
  );
  return { drags, onDrag };
}

type Props = { block: NoteBlock; notes: readonly Note[]; segments: readonly Segment[] };

/**
 * The notes of one free-form block: add, edit in place, delete, link to segments, reorder.
 * Memoised on its own notes; each note is memoised too, with labels resolved once for the list
 * and callbacks that stay the same, so typing in a note renders that note alone.
 */
export const NotesBlock = memo(function NotesBlock({ block, notes, segments }: Props) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  // A ref, not state: a callback ref that sets state is an urgent update during the commit, and
  // React then runs every effect of the first screen (its lazy imports too) before it paints.
  const list = useRef<HTMLOListElement>(null);
  const focusLater = useFocusAfterRender();
  const loaded = useIdleImport(loadDragAndDrop, dragAndDrop);
  const ids = useIds(notes);
  const { drags, onDrag } = useNoteDrags();
  const addButtonId = `add-note-${block}`;
  const countId = `notes-${block}-count`;
  const count = notes.length;
  // Resolved once per language, not on each keystroke: a translation is a visible cost at 4×.
  const texts = useMemo(
    () => ({
      list: t('editor:notes.listLabel', { block: t(`common:block.${block}.title`) }),
      empty: t('editor:notes.empty'),
      add: t('editor:notes.add'),
    }),
    [t, block],
  );
  const ofCount = useMemo(() => t('editor:notes.ofCount', { count }), [t, count]);
  const labels = useMemo<NoteLabels>(
    () => ({
      edit: t('common:action.edit'),
      moveUp: t('common:action.moveUp'),
      moveDown: t('common:action.moveDown'),
      delete: t('common:action.delete'),
      done: t('editor:notes.done'),
      emptyNote: t('editor:notes.emptyNote'),
      linkedTo: t('editor:notes.linkedTo'),
      which: perPosition((position) => t('editor:notes.noteNumber', { position })),
      text: perPosition((position) => t('editor:notes.textLabel', { position })),
      dragHandle: perPosition((position) => t('editor:notes.dragHandle', { position })),
    }),
    [t],
  );

  const setEditing = useCallback(
    (noteId: string, isEditing: boolean) => {
      setEditingId(isEditing ? noteId : null);
      // The textarea goes away; keep the keyboard on the button that toggles it.
      if (!isEditing) focusLater(`${noteId}-edit`);
    },
    [focusLater],
  );

  const move = useCallback(
    (noteId: string, from: number, to: number) => {
      useCanvasStore.getState().moveNote(block, from, to);
      focusLater(
        `${noteId}-${to < from ? 'up' : 'down'}`,
        `${noteId}-${to < from ? 'down' : 'up'}`,
      );
    },
    [block, focusLater],
  );

  const remove = useCallback(
    (noteId: string) => {
      useCanvasStore.getState().removeNote(block, noteId);
      useUiStore.getState().showNotice({ key: 'editor:notes.deleted' });
      focusLater(addButtonId);
    },
    [block, addButtonId, focusLater],
  );

  const add = () => setEditingId(useCanvasStore.getState().addNote(block));

  return (
    <>
      {count === 0 ? (
        <p className="canvas-block__empty">{texts.empty}</p>
      ) : (
        <ol ref={list} className="note-list" aria-label={texts.list}>
          {notes.map((note, index) => (
            <NoteItem
              key={note.id}
              block={block}
              note={note}
              index={index}
              isLast={index === count - 1}
              countId={countId}
              segments={segments}
              labels={labels}
              isEditing={editingId === note.id}
              onEditingChange={setEditing}
              onMove={move}
              onRemove={remove}
              drag={drags.get(note.id)}
            />
          ))}
        </ol>
      )}
      {loaded && <loaded.NotesDragAndDrop block={block} ids={ids} list={list} onDrag={onDrag} />}
      {/* The end of each drag handle's name ("Move note 3" … "of 12"), said once per list. */}
      <span id={countId} hidden>
        {ofCount}
      </span>
      <button
        id={addButtonId}
        type="button"
        className="button button--small canvas-block__add"
        onClick={add}
      >
        <span aria-hidden="true">+</span> {texts.add}
      </button>
    </>
  );
});
