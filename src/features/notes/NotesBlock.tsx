import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { Note, NoteBlock, Segment } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

import { NoteItem, type NoteLabels, type RenderNote } from './NoteItem';
import type { SortableNotes } from './SortableNotes';
import './NotesBlock.css';

type DragAndDrop = { SortableNotes: typeof SortableNotes };
let dragAndDrop: DragAndDrop | null = null;
let loadingDragAndDrop: Promise<DragAndDrop> | null = null;

/**
 * Drag and drop (@dnd-kit) loads after the first screen, not before it; until then the notes
 * are a plain list that the move buttons reorder. Switching to the sortable list remounts the
 * notes, so it waits while a note is being edited or the keyboard is in the list.
 */
function useDragAndDrop(list: RefObject<HTMLElement | null>, editing: boolean) {
  const [active, setActive] = useState(dragAndDrop);
  useEffect(() => {
    if (active || editing) return;
    const element = list.current;
    let current = true;
    let stopWaiting = () => {};
    loadingDragAndDrop ??= import('./SortableNotes').then((module) => (dragAndDrop = module));
    void loadingDragAndDrop.then((module) => {
      if (!current) return;
      if (!element?.contains(document.activeElement)) {
        setActive(module);
        return;
      }
      const onFocusOut = (event: FocusEvent) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node) || !element.contains(next)) setActive(module);
      };
      element.addEventListener('focusout', onFocusOut);
      stopWaiting = () => element.removeEventListener('focusout', onFocusOut);
    });
    return () => {
      current = false;
      stopWaiting();
    };
  }, [list, active, editing]);
  return active;
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
  const focusLater = useFocusAfterRender();
  const plainList = useRef<HTMLOListElement>(null);
  const sortable = useDragAndDrop(plainList, editingId !== null);
  const addButtonId = `add-note-${block}`;
  const countId = `notes-${block}-count`;
  const count = notes.length;
  const label = t('editor:notes.listLabel', { block: t(`common:block.${block}.title`) });
  const labels = useMemo<NoteLabels>(
    () => ({
      edit: t('common:action.edit'),
      moveUp: t('common:action.moveUp'),
      moveDown: t('common:action.moveDown'),
      delete: t('common:action.delete'),
      done: t('editor:notes.done'),
      emptyNote: t('editor:notes.emptyNote'),
      linkedTo: t('editor:notes.linkedTo'),
      which: (position) => t('editor:notes.noteNumber', { position }),
      text: (position) => t('editor:notes.textLabel', { position }),
      dragHandle: (position) => t('editor:notes.dragHandle', { position }),
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

  // The same function while the list's texts and segments are the same: what differs per note
  // (editing, last) comes as arguments, so opening or closing a note renders that note alone.
  const renderNote = useCallback<RenderNote>(
    (note, index, { isEditing, isLast }, drag) => (
      <NoteItem
        key={note.id}
        block={block}
        note={note}
        index={index}
        isLast={isLast}
        countId={countId}
        segments={segments}
        labels={labels}
        isEditing={isEditing}
        onEditingChange={setEditing}
        onMove={move}
        onRemove={remove}
        drag={drag}
      />
    ),
    [block, countId, segments, labels, setEditing, move, remove],
  );

  return (
    <>
      {count === 0 ? (
        <p className="canvas-block__empty">{t('editor:notes.empty')}</p>
      ) : sortable ? (
        <sortable.SortableNotes
          block={block}
          notes={notes}
          label={label}
          editingId={editingId}
          renderNote={renderNote}
        />
      ) : (
        <ol ref={plainList} className="note-list" aria-label={label}>
          {notes.map((note, index) =>
            renderNote(note, index, {
              isEditing: editingId === note.id,
              isLast: index === count - 1,
            }),
          )}
        </ol>
      )}
      {/* The end of each drag handle's name ("Move note 3" … "of 12"), said once per list. */}
      <span id={countId} hidden>
        {t('editor:notes.ofCount', { count })}
      </span>
      <button
        id={addButtonId}
        type="button"
        className="button button--small canvas-block__add"
        onClick={add}
      >
        <span aria-hidden="true">+</span> {t('editor:notes.add')}
      </button>
    </>
  );
});
