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
import { memo, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '@/i18n/useTranslation';

import type { NoteBlock } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';

import type { NoteDrag } from './NoteItem';

/** Hands a note its part in drag and drop, or undefined when it leaves. */
export type OnNoteDrag = (id: string, drag: NoteDrag | undefined) => void;

type Props = {
  block: NoteBlock;
  /** the notes' ids in order: the same array while the ids are the same (NotesBlock) */
  ids: string[];
  /** the list whose drag handles start a drag */
  list: RefObject<HTMLElement | null>;
  onDrag: OnNoteDrag;
};

const STILL = {};

/**
 * One note's part in drag and drop (@dnd-kit's useSortable), handed to its row through
 * `onDrag` before the browser paints. It renders nothing, so it lives here beside the list and
 * not inside it: the rows are never under dnd-kit's context, whose changes would render them.
 */
function NoteDragHook({ id, onDrag }: { id: string; onDrag: OnNoteDrag }) {
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
  useLayoutEffect(() => onDrag(id, drag), [id, drag, onDrag]);
  useLayoutEffect(() => () => onDrag(id, undefined), [id, onDrag]);
  return null;
}

const handleOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('.note__handle') : null;

/**
 * Whether the notes of a list take part in drag and drop: while a pointer is on a drag handle
 * (or pressed since), while a handle has the keyboard's focus, and during a drag. The rest of
 * the time no note subscribes to dnd-kit, whose changes would render every note of the list
 * whenever one is added. Arming is synchronous (flushSync), so the press or key that follows
 * finds the handle ready, a touch's pointerdown included (it comes right after its pointerover).
 */
function useArmed(listRef: RefObject<HTMLElement | null>, hasNotes: boolean) {
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  const [dragging, setDragging] = useState(false);

  // Follows the list as it comes and goes (no notes, no list).
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    let pressed = false;
    const listeners = new AbortController();
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | Window,
      type: K,
      listener: (event: HTMLElementEventMap[K]) => void,
    ) => target.addEventListener(type, listener as EventListener, listeners);

    on(list, 'pointerover', (event) => {
      if (handleOf(event.target)) flushSync(() => setPointer(true));
    });
    on(list, 'pointerout', (event) => {
      if (handleOf(event.target) && !handleOf(event.relatedTarget) && !pressed) setPointer(false);
    });
    on(list, 'pointerdown', (event) => {
      if (handleOf(event.target)) pressed = true;
    });
    const release = (event: PointerEvent) => {
      if (!pressed) return;
      pressed = false;
      if (!handleOf(event.target)) setPointer(false);
    };
    on(window, 'pointerup', release);
    on(window, 'pointercancel', release);
    on(list, 'focusin', (event) => {
      if (handleOf(event.target)) flushSync(() => setFocus(true));
    });
    on(list, 'focusout', (event) => {
      if (handleOf(event.target)) setFocus(false);
    });
    return () => listeners.abort();
  }, [listRef, hasNotes]);

  return {
    armed: pointer || focus || dragging,
    onDragStart: () => setDragging(true),
    onDragEnd: () => setDragging(false),
  };
}

// Constant options: new ones on each render would give every note new drag listeners.
/** A few pixels of travel before a drag starts, so clicks on the handle stay clicks. */
const POINTER = { activationConstraint: { distance: 4 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

/**
 * Drag and drop for the notes of a block (@dnd-kit), with pointer and keyboard and spoken
 * announcements. Loaded after the first screen (see NotesBlock) and rendered beside the list:
 * it renders no note, and nothing here renders while a note is typed in. The notes join in
 * only when a drag may start (useArmed).
 */
export const NotesDragAndDrop = memo(function NotesDragAndDrop({
  block,
  ids,
  list,
  onDrag,
}: Props) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const count = ids.length;
  const { armed, onDragStart, onDragEnd: disarm } = useArmed(list, count > 0);

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
    useCanvasStore.getState().moveNote(block, position(active.id) - 1, position(over.id) - 1);
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
        {armed && ids.map((id) => <NoteDragHook key={id} id={id} onDrag={onDrag} />)}
      </SortableContext>
    </DndContext>
  );
});
