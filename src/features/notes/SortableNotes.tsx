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
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
} from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';

import { sameItems } from '@/lib/sameProps';
import type { Note, NoteBlock } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

import type { NoteDrag, RenderNote } from './NoteItem';

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
  /** whether drag and drop is ready on this list (see useArmed) */
  armed: boolean;
  render: RenderNote;
};

/**
 * The note's part in drag and drop (@dnd-kit's useSortable), handed to the note through
 * `onChange` before the browser paints. It renders nothing: mounting and unmounting it switches
 * drag and drop on and off for the note without remounting the note (nor losing its focus).
 */
function NoteDragHook({ id, onChange }: { id: string; onChange: (drag?: NoteDrag) => void }) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
  });
  // The same object while nothing about the drag changed, so the memoised note skips rendering
  // when the list around it changes. A transition only matters while the note is moved:
  // dnd-kit switches it on and off for every note whenever the list changes.
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
  useLayoutEffect(() => onChange(drag), [drag, onChange]);
  useLayoutEffect(() => () => onChange(undefined), [onChange]);
  return null;
}

// Memoised: typing in one note leaves the other notes of the list alone.
const SortableNote = memo(function SortableNote({
  note,
  index,
  isEditing,
  isLast,
  armed,
  render,
}: NoteProps) {
  const [drag, setDrag] = useState<NoteDrag>();
  // Two fixed slots: the hook's comes and goes, the note in the second stays mounted.
  return (
    <>
      {armed ? <NoteDragHook id={note.id} onChange={setDrag} /> : null}
      {render(note, index, { isEditing, isLast }, armed ? drag : undefined)}
    </>
  );
});

const handleOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('.note__handle') : null;

/**
 * Whether the notes of a list take part in drag and drop: while a pointer is on a drag handle
 * (or pressed since), while a handle has the keyboard's focus, and during a drag. The rest of
 * the time no note subscribes to dnd-kit, whose context changes would render every note of
 * the list whenever one is added (a profile: most of the cost of adding a note to a long list).
 * Arming is synchronous (flushSync), so the press or key that follows finds the handle ready,
 * a touch's pointerdown included (it comes right after its pointerover).
 */
function useArmed() {
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dragging, setDragging] = useState(false);
  const pressed = useRef(false);

  useEffect(() => {
    const release = (event: PointerEvent) => {
      if (!pressed.current) return;
      pressed.current = false;
      if (!handleOf(event.target)) setPointer(false);
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    return () => {
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
    };
  }, []);

  const listProps: HTMLAttributes<HTMLOListElement> = {
    onPointerOver: (event) => {
      if (handleOf(event.target)) flushSync(() => setPointer(true));
    },
    onPointerOut: (event) => {
      if (handleOf(event.target) && !handleOf(event.relatedTarget) && !pressed.current)
        setPointer(false);
    },
    onPointerDown: (event) => {
      if (handleOf(event.target)) pressed.current = true;
    },
    onFocus: (event) => {
      if (handleOf(event.target)) flushSync(() => setFocus(true));
    },
    onBlur: (event) => {
      if (handleOf(event.target)) setFocus(false);
    },
  };
  return {
    armed: pointer || focus || dragging,
    listProps,
    onDragStart: () => setDragging(true),
    onDragEnd: () => setDragging(false),
  };
}

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
 * announcements. Loaded after the first screen (see NotesBlock); the notes join in only when
 * a drag may start (useArmed).
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
  const { armed, listProps, onDragStart, onDragEnd: disarm } = useArmed();

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
    disarm();
    if (!over || active.id === over.id) return;
    moveNote(block, position(active.id) - 1, position(over.id) - 1);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={disarm}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('editor:notes.dragInstructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="note-list" aria-label={label} {...listProps}>
          {notes.map((note, index) => (
            <SortableNote
              key={note.id}
              note={note}
              index={index}
              isEditing={note.id === editingId}
              isLast={index === count - 1}
              armed={armed}
              render={renderNote}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
