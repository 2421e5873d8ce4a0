import type { useSortable } from '@dnd-kit/sortable';
import { memo, useEffect, type CSSProperties } from 'react';

import { TextField } from '@/components/fields/TextField';
import { CommentSlot } from '@/components/CommentSlot';
import { SegmentTag } from '@/components/SegmentTag';
import { LIMITS, noteSchema, type Id, type Note, type NoteBlock, type Segment } from '@/domain';
import { useLatestCallback } from '@/hooks/useLatestCallback';
import { useCanvasStore, type CanvasActions } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { NoteSegmentLinks } from './NoteSegmentLinks';

/** What drag and drop gives a note while a drag may start (NotesDragAndDrop). */
export type NoteDrag = Pick<
  ReturnType<typeof useSortable>,
  'setNodeRef' | 'attributes' | 'listeners' | 'isDragging'
> & { style: CSSProperties };

/** The texts of a note, resolved once for its list (NotesBlock) instead of in every note. */
export type NoteLabels = {
  edit: string;
  moveUp: string;
  moveDown: string;
  delete: string;
  done: string;
  emptyNote: string;
  linkedTo: string;
  /** "Note 3", said after each button's verb */
  which: (position: number) => string;
  text: (position: number) => string;
  /** "Move note 3"; the handle's name goes on with the list's "of 12" (`countId`) */
  dragHandle: (position: number) => string;
};

const NO_LINKS: readonly Id[] = [];

type Props = {
  block: NoteBlock;
  note: Note;
  index: number;
  isLast: boolean;
  /** DOM id of the list's hidden "of 12", so a new note does not re-render every handle */
  countId: string;
  segments: readonly Segment[];
  labels: NoteLabels;
  isEditing: boolean;
  /** the same function for every note and render, so unchanged notes skip rendering */
  onEditingChange: (noteId: string, isEditing: boolean) => void;
  onMove: (noteId: string, from: number, to: number) => void;
  onRemove: (noteId: string) => void;
  /** absent until drag and drop has loaded: the handle does nothing yet */
  drag?: NoteDrag;
};

/**
 * One note: its text and linked segments, a drag handle and a compact toolbar (edit, move up,
 * move down, delete). Editing happens in place, links to segments included. Memoised: on a
 * board of many notes, an edit renders only the note it changed.
 */
export const NoteItem = memo(function NoteItem({
  block,
  note,
  index,
  isLast,
  countId,
  segments,
  labels,
  isEditing,
  onEditingChange,
  onMove,
  onRemove,
  drag,
}: Props) {
  const textId = fieldId(note.id, 'text');
  const editId = `${note.id}-edit`;
  const position = index + 1;
  const which = labels.which(position);
  const linked = note.linkedIds?.length
    ? segments.filter((s) => note.linkedIds?.includes(s.id))
    : [];
  const updateNote = (patch: Parameters<CanvasActions['updateNote']>[2]) =>
    useCanvasStore.getState().updateNote(block, note.id, patch);
  // Stable, so the memoised field and links of the note being typed in skip what did not change.
  const commitText = useLatestCallback((text: string) => updateNote({ text }));
  const commitLinks = useLatestCallback((linkedIds: Id[]) => updateNote({ linkedIds }));

  useEffect(() => {
    if (isEditing) document.getElementById(textId)?.focus();
  }, [isEditing, textId]);

  const finishEditing = () => onEditingChange(note.id, false);

  return (
    <li
      ref={drag?.setNodeRef}
      className="note"
      data-dragging={drag?.isDragging || undefined}
      data-editing={isEditing || undefined}
      style={drag?.style}
    >
      <button
        type="button"
        className="note__handle"
        {...drag?.attributes}
        {...drag?.listeners}
        aria-labelledby={`${note.id}-handle ${countId}`}
      >
        <span aria-hidden="true">⠿</span>
        <span id={`${note.id}-handle`} hidden>
          {labels.dragHandle(position)}
        </span>
      </button>
      <div className="note__body">
        {isEditing ? (
          <div
            className="note__editor"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                finishEditing();
              }
            }}
          >
            <TextField
              id={textId}
              label={labels.text(position)}
              hideLabel
              multiline
              value={note.text}
              schema={noteSchema.shape.text}
              maxLength={LIMITS.longTextLength}
              onCommit={commitText}
            />
            {segments.length > 0 && (
              <NoteSegmentLinks
                id={fieldId(note.id, 'linkedIds')}
                segments={segments}
                linkedIds={note.linkedIds ?? NO_LINKS}
                onChange={commitLinks}
              />
            )}
          </div>
        ) : (
          <p className={note.text.trim() ? 'note__text' : 'note__text note__text--empty'}>
            {note.text.trim() || labels.emptyNote}
          </p>
        )}
        {linked.length > 0 && !isEditing && (
          <ul className="tag-list" aria-label={labels.linkedTo}>
            {linked.map((s) => (
              <li key={s.id}>
                <SegmentTag segment={s} showName={false} />
              </li>
            ))}
          </ul>
        )}
        {/* Outside the actions, which hide until hover: comments stay in sight. */}
        <CommentSlot kind="note" id={note.id} label={which} />
        <div className="note__actions">
          {isEditing ? (
            <button
              id={editId}
              type="button"
              className="button button--small button--primary"
              onClick={finishEditing}
            >
              {labels.done} <span className="visually-hidden">{which}</span>
            </button>
          ) : (
            <button
              id={editId}
              type="button"
              className="button button--small icon-button"
              onClick={() => onEditingChange(note.id, true)}
              title={labels.edit}
              aria-label={`${labels.edit} ${which}`}
            >
              <span aria-hidden="true">✎</span>
            </button>
          )}
          <button
            id={`${note.id}-up`}
            type="button"
            className="button button--small icon-button"
            disabled={index === 0}
            onClick={() => onMove(note.id, index, index - 1)}
            title={labels.moveUp}
            aria-label={`${labels.moveUp} ${which}`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            id={`${note.id}-down`}
            type="button"
            className="button button--small icon-button"
            disabled={isLast}
            onClick={() => onMove(note.id, index, index + 1)}
            title={labels.moveDown}
            aria-label={`${labels.moveDown} ${which}`}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button--small icon-button note__delete"
            onClick={() => onRemove(note.id)}
            title={labels.delete}
            aria-label={`${labels.delete} ${which}`}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>
    </li>
  );
});
