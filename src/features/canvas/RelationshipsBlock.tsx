import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { CommentSlot } from '@/components/CommentSlot';
import { SegmentTag, segmentColor } from '@/components/SegmentTag';
import {
  TACTIC_STAGES,
  type Id,
  type RelationshipAssignment,
  type Segment,
  type Tactic,
} from '@/domain';
import { sameProps } from '@/lib/sameProps';
import { useUiStore } from '@/store/uiStore';

type RowProps = {
  segment: Segment;
  relationships: readonly RelationshipAssignment[];
  tactics: readonly Tactic[];
};

function bySegment<T extends { segmentId: Id }>(items: readonly T[]): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const group = groups.get(item.segmentId);
    if (group) group.push(item);
    else groups.set(item.segmentId, [item]);
  }
  return groups;
}

// Memoised with its own slices of the canvas: an edit elsewhere leaves the row alone.
const SegmentRelationships = memo(function SegmentRelationships({
  segment,
  relationships,
  tactics,
}: RowProps) {
  const { t } = useTranslation();
  const openPanel = useUiStore((s) => s.openPanel);
  const name = segment.name.trim() || t('editor:segment.unnamed');
  return (
    <li className={`summary-card seg-border-${segmentColor(segment)}`}>
      <SegmentTag segment={segment} />
      {relationships.length === 0 ? (
        <p className="summary-card__empty">{t('editor:relationships.none')}</p>
      ) : (
        <ul className="chip-list" aria-label={t('editor:relationships.typesOf', { name })}>
          {relationships.map((r) => {
            const type = t(`common:enum.relationshipType.${r.type}`);
            return (
              <li key={r.id} className="chip" data-status={r.status}>
                {type}
                {/* the ● or ○ before the status is drawn by CSS (data-status): one element fewer */}
                <span className="chip__status">{t(`common:enum.status.${r.status}`)}</span>
                <CommentSlot kind="relationship" id={r.id} label={`${name}: ${type}`} />
              </li>
            );
          })}
        </ul>
      )}
      <dl className="tactic-counts" aria-label={t('editor:relationships.tactics')}>
        {TACTIC_STAGES.map((stage) => (
          <div key={stage}>
            <dt>{t(`common:enum.stage.${stage}`)}</dt>
            <dd>{tactics.filter((tactic) => tactic.stage === stage).length}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button button--small"
        aria-label={`${t('editor:relationships.open')} ${name}`}
        onClick={() =>
          openPanel({ kind: 'workbench', segmentId: segment.id, tab: 'relationships' })
        }
      >
        {t('editor:relationships.open')}
      </button>
    </li>
  );
}, sameProps);

const NONE: readonly never[] = [];

type Props = {
  segments: readonly Segment[];
  relationships: readonly RelationshipAssignment[];
  tactics: readonly Tactic[];
};

/** Per segment: its relationship types (with status) and how many get/keep/grow tactics it has. */
export const RelationshipsBlock = memo(function RelationshipsBlock({
  segments,
  relationships,
  tactics,
}: Props) {
  const { t } = useTranslation();
  if (segments.length === 0)
    return <p className="canvas-block__empty">{t('editor:relationships.needSegment')}</p>;
  const relationshipsOf = bySegment(relationships);
  const tacticsOf = bySegment(tactics);
  return (
    <ul className="summary-list">
      {segments.map((segment) => (
        <SegmentRelationships
          key={segment.id}
          segment={segment}
          relationships={relationshipsOf.get(segment.id) ?? NONE}
          tactics={tacticsOf.get(segment.id) ?? NONE}
        />
      ))}
    </ul>
  );
});
