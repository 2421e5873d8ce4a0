import { useTranslation } from '@/i18n/useTranslation';

import { SEGMENT_COLOR_COUNT, type Segment } from '@/domain';

import './SegmentTag.css';

type Props = {
  segment: Pick<Segment, 'name' | 'label' | 'colorIndex'>;
  /** Show the name next to the chip; when false it stays available to screen readers. */
  showName?: boolean;
};

/** The segment's colour slot, clamped so a stray value still gets a palette colour. */
export function segmentColor(segment: Pick<Segment, 'colorIndex'>): number {
  const index = segment.colorIndex ?? 0;
  return ((index % SEGMENT_COLOR_COUNT) + SEGMENT_COLOR_COUNT) % SEGMENT_COLOR_COUNT;
}

/** Colour chip with the segment's label and name: colour is never the only signal. */
export function SegmentTag({ segment, showName = true }: Props) {
  const { t } = useTranslation();
  const name = segment.name.trim() || t('editor:segment.unnamed');
  const label = segment.label?.trim() || name.slice(0, 2).toUpperCase();
  return (
    <span className="segment-tag" title={showName ? undefined : name}>
      <span className={`segment-tag__chip seg-fill-${segmentColor(segment)}`}>{label}</span>
      {/* Keeps label and name apart for screen readers; the flex gap spaces them on screen. */}{' '}
      <span className={showName ? 'segment-tag__name' : 'visually-hidden'}>{name}</span>
    </span>
  );
}
