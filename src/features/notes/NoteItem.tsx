import type { useSortable } from '@dnd-kit/sortable';
import { useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/fields/TextField';
import { SegmentTag } from '@/components/SegmentTag';
import { LIMITS, noteSchema, type Note, type NoteBlock, type Segment } from '@/domain';
import { useFocusAfterRender } from '@/hooks/useFocusAfterRender';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

import { NoteSegmentLinks } from './NoteSegmentLinks';

/** What drag and drop gives a note once it has loaded (SortableNotes). */
export type NoteDrag = Pick<
  ReturnType<typeof useSortable>,
  'setNodeRef' | 'attributes' | 'listeners' | 'isDragging'
> & { style: CSSProperties };

type Props = {
  block: NoteBlock;
  note: Note;
  index: number;
  count: number;
  segments: readonly Segment[];
  isEditing: boolean;
  onEditingChange: (isEditing: boolean) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** absent until drag and drop has loaded: the handle does nothing yet */
  drag?: NoteDrag;
};

/**
 * One note: its text and linked segments, a drag handle and a compact toolbar (edit, move up,
 * move down, delete). Editing happens in place, links to segments included.
 */
export function NoteItem({
  block,
  note,
  index,
  count,
  segments,
  isEditing,
  onEditingChange,
  onMove,
  onRemove,
  drag,
}: Props) {
  const { t } = useTranslation();
  const updateNote = useCanvasStore((s) => s.updateNote);
  const focusLater = useFocusAfterRender();
  const textId = fieldId(note.id, 'text');
  const editId = `${note.id}-edit`;
  const position = index + 1;
  const which = t('editor:notes.noteNumber', { position });
  const linked = segments.filter((s) => note.linkedIds?.includes(s.id));

  useEffect(() => {
    if (isEditing) document.getElementById(textId)?.focus();
  }, [isEditing, textId]);

  const finishEditing = () => {
    onEditingChange(false);
    // The textarea goes away; keep the keyboard on the button that toggles it.
    focusLater(editId);
  };

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
        aria-label={t('editor:notes.dragHandle', { position, count })}
      >
        <span aria-hidden="true">⠿</span>
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
              label={t('editor:notes.textLabel', { position })}
              hideLabel
              multiline
              value={note.text}
              schema={noteSchema.shape.text}
              maxLength={LIMITS.longTextLength}
              onCommit={(text) => updateNote(block, note.id, { text })}
            />
            {segments.length > 0 && (
              <NoteSegmentLinks
                id={fieldId(note.id, 'linkedIds')}
                segments={segments}
                linkedIds={note.linkedIds ?? []}
                onChange={(linkedIds) => updateNote(block, note.id, { linkedIds })}
              />
            )}
          </div>
        ) : (
          <p className={note.text.trim() ? 'note__text' : 'note__text note__text--empty'}>
            {note.text.trim() || t('editor:notes.emptyNote')}
          </p>
        )}
        {linked.length > 0 && !isEditing && (
          <ul className="tag-list" aria-label={t('editor:notes.linkedTo')}>
            {linked.map((s) => (
              <li key={s.id}>
                <SegmentTag segment={s} showName={false} />
              </li>
            ))}
          </ul>
        )}
        <div className="note__actions">
          {isEditing ? (
            <button
              id={editId}
              type="button"
              className="button button--small button--primary"
              onClick={finishEditing}
            >
              {t('editor:notes.done')} <span className="visually-hidden">{which}</span>
            </button>
          ) : (
            <button
              id={editId}
              type="button"
              className="button button--small icon-button"
              onClick={() => onEditingChange(true)}
              title={t('common:action.edit')}
            >
              <span aria-hidden="true">✎</span>
              <span className="visually-hidden">
                {t('common:action.edit')} {which}
              </span>
            </button>
          )}
          <button
            id={`${note.id}-up`}
            type="button"
            className="button button--small icon-button"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            title={t('common:action.moveUp')}
          >
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">
              {t('common:action.moveUp')} {which}
            </span>
          </button>
          <button
            id={`${note.id}-down`}
            type="button"
            className="button button--small icon-button"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            title={t('common:action.moveDown')}
          >
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">
              {t('common:action.moveDown')} {which}
            </span>
          </button>
          <button
            type="button"
            className="button button--small icon-button note__delete"
            onClick={onRemove}
            title={t('common:action.delete')}
          >
            <span aria-hidden="true">✕</span>
            <span className="visually-hidden">
              {t('common:action.delete')} {which}
            </span>
          </button>
        </div>
      </div>
    </li>
  );
}
