import { useTranslation } from 'react-i18next';

import { SegmentTag } from '@/components/SegmentTag';
import type { Id, Segment } from '@/domain';

type Props = {
  id: string;
  segments: readonly Segment[];
  linkedIds: readonly Id[];
  onChange: (linkedIds: Id[]) => void;
};

/** Checkboxes to say which segments a note speaks about (none: the whole canvas). */
export function NoteSegmentLinks({ id, segments, linkedIds, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (segmentId: Id, on: boolean) =>
    onChange(
      segments.map((s) => s.id).filter((s) => (s === segmentId ? on : linkedIds.includes(s))),
    );
  return (
    <fieldset className="note-links" id={id}>
      <legend className="note-links__legend">{t('editor:notes.linkLegend')}</legend>
      {segments.map((segment) => (
        <label key={segment.id} className="note-links__option">
          <input
            type="checkbox"
            checked={linkedIds.includes(segment.id)}
            onChange={(e) => toggle(segment.id, e.target.checked)}
          />
          <SegmentTag segment={segment} />
        </label>
      ))}
    </fieldset>
  );
}
