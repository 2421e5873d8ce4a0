import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { SegmentTag } from '@/components/SegmentTag';
import type { Id, Segment } from '@/domain';

type Props = {
  id: string;
  segments: readonly Segment[];
  linkedIds: readonly Id[];
  onChange: (linkedIds: Id[]) => void;
};

/**
 * Checkboxes to say which segments a note speaks about (none: the whole canvas). Memoised:
 * typing in the note does not render them.
 */
export const NoteSegmentLinks = memo(function NoteSegmentLinks({
  id,
  segments,
  linkedIds,
  onChange,
}: Props) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      id={id}
      legend={t('editor:notes.linkLegend')}
      options={segments.map((s) => ({ value: s.id, label: <SegmentTag segment={s} /> }))}
      selected={linkedIds}
      onChange={onChange}
    />
  );
});
