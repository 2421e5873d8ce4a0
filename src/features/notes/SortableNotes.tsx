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
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Note, NoteBlock } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

import type { NoteDrag } from './NoteItem';

type Props = {
  block: NoteBlock;
  notes: readonly Note[];
  /** the list's accessible name */
  label: string;
  renderNote: (note: Note, index: number, drag: NoteDrag) => ReactNode;
};

function SortableNote({ id, render }: { id: string; render: (drag: NoteDrag) => ReactNode }) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
  });
  return render({
    setNodeRef,
    attributes,
    listeners,
    isDragging,
    style: { transform: CSS.Transform.toString(transform), transition },
  });
}

/**
 * Drag and drop for the notes of a block (@dnd-kit), with pointer and keyboard and spoken
 * announcements. Loaded after the first screen (see NotesBlock).
 */
export function SortableNotes({ block, notes, label, renderNote }: Props) {
  const { t } = useTranslation();
  const moveNote = useCanvasStore((s) => s.moveNote);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the handle stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
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

  return (
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
        <ol className="note-list" aria-label={label}>
          {notes.map((note, index) => (
            <SortableNote
              key={note.id}
              id={note.id}
              render={(drag) => renderNote(note, index, drag)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
