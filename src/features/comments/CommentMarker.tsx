import { useTranslation } from '@/i18n/useTranslation';

import type { CommentSlotProps } from '@/components/CommentSlot';

import { showComments, useMarkerStore } from './markerStore';
import type { ThreadCount } from './targets';

/**
 * A board item's comments, in place: the number of open threads. It reads one entry of the
 * counts, so an item without comments renders nothing and costs one lookup per render.
 */
export function CommentMarker(props: CommentSlotProps) {
  const count = useMarkerStore((s) => s.counts.get(`${props.kind}:${props.id}`));
  return count ? <MarkerButton {...props} count={count} /> : null;
}

function MarkerButton({ kind, id, label, count }: CommentSlotProps & { count: ThreadCount }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={count.open > 0 ? 'comment-marker' : 'comment-marker comment-marker--resolved'}
      onClick={() => showComments({ kind, id })}
      aria-label={
        count.open > 0
          ? t('comments:marker.open', { count: count.open, name: label })
          : t('comments:marker.resolved', { name: label })
      }
    >
      <span aria-hidden="true">{count.open > 0 ? count.open : '✓'}</span>
    </button>
  );
}
