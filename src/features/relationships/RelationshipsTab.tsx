import { memo, useCallback, useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import {
  RELATIONSHIP_TYPES,
  type Canvas,
  type Channel,
  type RelationshipAssignment,
  type RelationshipType,
  type Segment,
} from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import { canvasSelectors, evaluationSelectors, useResults } from '@/store/selectors';

import { RelationshipEditor } from './RelationshipEditor';
import { TypeCard } from './TypeCard';

type Props = {
  segment: Segment;
  relationships: readonly RelationshipAssignment[];
  channels: readonly Channel[];
  currency: string;
  settings: Canvas['settings'];
};

/**
 * Choose the segment's relationship types, then describe each chosen one. Memoised on the parts
 * of the canvas it shows: the tab stays mounted behind the others, and typing in a tactic must
 * not render it again.
 */
export const RelationshipsTab = memo(function RelationshipsTab({
  segment,
  relationships,
  channels,
  currency,
  settings,
}: Props) {
  const { t } = useTranslation();
  const typesHeading = useId();
  const chosenHeading = useId();
  // figures once edits pause (settled); the fields answer at once
  const evaluation = useResults('settled')?.evaluation;
  const breakdown = evaluation
    ? evaluationSelectors.economicsOf(evaluation, segment.id)?.breakdown
    : undefined;
  const rels = useMemo(
    () => relationships.filter((r) => r.segmentId === segment.id),
    [relationships, segment.id],
  );
  // A type switched on or off shows in its card at once; the editors below (dozens of fields
  // each) follow in a deferred render, so the click paints without mounting, or removing and
  // reflowing, a whole editor first. Editors shown get the live relationship, so their fields
  // never lag behind typing; one just switched off keeps its last state until it goes.
  const shownRels = useDeferredValue(rels);
  const live = new Map(rels.map((r) => [r.id, r]));
  const editors = shownRels.map((r) => live.get(r.id) ?? r);

  // Spec decision: a card stands for one assignment per type; switching a type off removes
  // every assignment of that type for the segment (an imported canvas may hold several).
  // One function for all cards, reading the store when called, so the cards stay memoised.
  const segmentId = segment.id;
  const toggle = useCallback(
    (type: RelationshipType, on: boolean) => {
      const store = useCanvasStore.getState();
      if (on) store.addRelationship(segmentId, type);
      else
        (canvasSelectors.active(store)?.relationships ?? [])
          .filter((r) => r.segmentId === segmentId && r.type === type)
          .forEach((r) => store.removeRelationship(r.id));
    },
    [segmentId],
  );

  return (
    <div className="rel-tab">
      <section aria-labelledby={typesHeading}>
        <h3 id={typesHeading} className="workbench__heading">
          {t('workbench:types.heading')}
        </h3>
        <p className="workbench__intro">{t('workbench:types.intro')}</p>
        <ul className="type-cards" id={fieldId(segment.id, 'relationshipTypes')}>
          {RELATIONSHIP_TYPES.map((type) => (
            <TypeCard
              key={type}
              segmentId={segment.id}
              type={type}
              chosen={rels.some((r) => r.type === type)}
              expected={segment.expectedRelationships.includes(type)}
              onToggle={toggle}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby={chosenHeading}>
        <h3 id={chosenHeading} className="workbench__heading">
          {t('workbench:relationship.heading')}
        </h3>
        {editors.length === 0 ? (
          <p className="workbench__empty">{t('workbench:relationship.empty')}</p>
        ) : (
          editors.map((rel) => (
            <RelationshipEditor
              key={rel.id}
              rel={rel}
              breakdown={breakdown?.find((b) => b.relationshipId === rel.id)}
              currency={currency}
              channels={channels}
              settings={settings}
            />
          ))
        )}
      </section>
    </div>
  );
});
