import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { Canvas, Note, NoteBlock } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

import { NoteItem, type NoteDrag } from './NoteItem';
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

/** The notes of one free-form block: add, edit in place, delete, link to segments, reorder. */
export function NotesBlock({ canvas, block }: { canvas: Canvas; block: NoteBlock }) {
  const { t } = useTranslation();
  const notes = canvas[block];
  const { addNote, moveNote, removeNote } = useCanvasStore.getState();
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusLater = useFocusAfterRender();
  const plainList = useRef<HTMLOListElement>(null);
  const sortable = useDragAndDrop(plainList, editingId !== null);
  const addButtonId = `add-note-${block}`;
  const count = notes.length;
  const label = t('editor:notes.listLabel', { block: t(`common:block.${block}.title`) });

  const move = (noteId: string, from: number, to: number) => {
    moveNote(block, from, to);
    focusLater(`${noteId}-${to < from ? 'up' : 'down'}`, `${noteId}-${to < from ? 'down' : 'up'}`);
  };

  const remove = (noteId: string) => {
    removeNote(block, noteId);
    useUiStore.getState().showNotice({ key: 'editor:notes.deleted' });
    focusLater(addButtonId);
  };

  const add = () => setEditingId(addNote(block));

  const renderNote = (note: Note, index: number, drag?: NoteDrag) => (
    <NoteItem
      key={note.id}
      block={block}
      note={note}
      index={index}
      count={count}
      segments={canvas.segments}
      isEditing={editingId === note.id}
      onEditingChange={(isEditing) => setEditingId(isEditing ? note.id : null)}
      onMove={(to) => move(note.id, index, to)}
      onRemove={() => remove(note.id)}
      drag={drag}
    />
  );

  return (
    <>
      {count === 0 ? (
        <p className="canvas-block__empty">{t('editor:notes.empty')}</p>
      ) : sortable ? (
        <sortable.SortableNotes block={block} notes={notes} label={label} renderNote={renderNote} />
      ) : (
        <ol ref={plainList} className="note-list" aria-label={label}>
          {notes.map((note, index) => renderNote(note, index))}
        </ol>
      )}
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
}
