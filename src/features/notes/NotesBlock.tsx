import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import type { Canvas, NoteBlock } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { useUiStore } from '@/store/uiStore';

import { NoteItem } from './NoteItem';
import './NotesBlock.css';

/** The notes of one free-form block: add, edit in place, delete, link to segments, reorder. */
export function NotesBlock({ canvas, block }: { canvas: Canvas; block: NoteBlock }) {
  const { t } = useTranslation();
  const notes = canvas[block];
  const { addNote, moveNote, removeNote } = useCanvasStore.getState();
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusLater = useFocusAfterRender();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the handle stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const addButtonId = `add-note-${block}`;
  const position = (id: UniqueIdentifier | undefined) => notes.findIndex((n) => n.id === id) + 1;
  const count = notes.length;

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('editor:notes.announce.start', { position: position(active.id), count }),
    onDragOver: ({ over }) =>
      over ? t('editor:notes.announce.over', { position: position(over.id), count }) : undefined,
    onDragEnd: ({ over }) =>
      over ? t('editor:notes.announce.end', { position: position(over.id), count }) : undefined,
    onDragCancel: () => t('editor:notes.announce.cancel'),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveNote(block, position(active.id) - 1, position(over.id) - 1);
  };

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

  return (
    <>
      {count === 0 ? (
        <p className="canvas-block__empty">{t('editor:notes.empty')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('editor:notes.dragInstructions') },
          }}
        >
          <SortableContext items={notes.map((n) => n.id)} strategy={verticalListSortingStrategy}>
            <ol
              className="note-list"
              aria-label={t('editor:notes.listLabel', { block: t(`common:block.${block}.title`) })}
            >
              {notes.map((note, index) => (
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
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
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
