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
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { sameItems } from '@/lib/sameProps';
import type { Note, NoteBlock } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

import type { RenderNote } from './NoteItem';

type Props = {
  block: NoteBlock;
  notes: readonly Note[];
  /** the list's accessible name */
  label: string;
  /** the note being edited in place, if any */
  editingId: string | null;
  renderNote: RenderNote;
};

const STILL = {};

type NoteProps = {
  note: Note;
  index: number;
  isEditing: boolean;
  isLast: boolean;
  render: RenderNote;
};

// Memoised: typing in one note leaves the other notes of the list alone.
const SortableNote = memo(function SortableNote({
  note,
  index,
  isEditing,
  isLast,
  render,
}: NoteProps) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: note.id,
  });
  // The same object while nothing about the drag changed, so the memoised note skips rendering
  // when the list around it changes (a note added or removed). A transition only matters while
  // the note is moved: dnd-kit switches it on and off for every note whenever the list changes.
  const moved = CSS.Transform.toString(transform);
  const moving = moved ? transition : undefined;
  const drag = useMemo(
    () => ({
      setNodeRef,
      attributes,
      listeners,
      isDragging,
      style: moved ? { transform: moved, transition: moving } : STILL,
    }),
    [setNodeRef, attributes, listeners, isDragging, moved, moving],
  );
  return render(note, index, { isEditing, isLast }, drag);
});

/**
 * The notes' ids, the same array while they are the same ids in the same order: a new array
 * would tell every sortable note that the list changed, on every keystroke in any note.
 */
function useIds(notes: readonly Note[]): string[] {
  const next = notes.map((n) => n.id);
  const [ids, setIds] = useState(next);
  if (sameItems(ids, next)) return ids;
  setIds(next);
  return next;
}

// Constant options: new ones on each render would give every note new drag listeners, and
// every note would render again on each keystroke in any of them.
/** A few pixels of travel before a drag starts, so clicks on the handle stay clicks. */
const POINTER = { activationConstraint: { distance: 4 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * Drag and drop for the notes of a block (@dnd-kit), with pointer and keyboard and spoken
 * announcements. Loaded after the first screen (see NotesBlock).
 */
export function SortableNotes({ block, notes, label, editingId, renderNote }: Props) {
  const { t } = useTranslation();
  const moveNote = useCanvasStore((s) => s.moveNote);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const position = (id: UniqueIdentifier | undefined) => notes.findIndex((n) => n.id === id) + 1;
  const count = notes.length;
  const ids = useIds(notes);

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
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="note-list" aria-label={label}>
          {notes.map((note, index) => (
            <SortableNote
              key={note.id}
              note={note}
              index={index}
              isEditing={note.id === editingId}
              isLast={index === count - 1}
              render={renderNote}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
