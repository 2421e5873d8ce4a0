import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { RelationshipType } from '@/domain';
import { fieldId } from '@/store/uiStore';

type Props = {
  segmentId: string;
  type: RelationshipType;
  chosen: boolean;
  expected: boolean;
  /** the same function for every card and render, so unchanged cards skip rendering */
  onToggle: (type: RelationshipType, chosen: boolean) => void;
};

/**
 * One of the six relationship types: what it is, an example, what drives its cost, and a toggle.
 * Memoised: a toggle renders the card it switched, not its five neighbours and their texts.
 */
export const TypeCard = memo(function TypeCard({
  segmentId,
  type,
  chosen,
  expected,
  onToggle,
}: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const name = t(`common:enum.relationshipType.${type}`);
  return (
    <li className={`type-card${chosen ? ' type-card--chosen' : ''}`} aria-labelledby={titleId}>
      <h4 id={titleId} className="type-card__title">
        {name}
      </h4>
      {expected && <p className="type-card__badge">{t('workbench:types.expected')}</p>}
      <dl className="type-card__facts">
        <dt>{t('workbench:types.whatLabel')}</dt>
        <dd>{t(`workbench:types.${type}.what`)}</dd>
        <dt>{t('workbench:types.exampleLabel')}</dt>
        <dd>{t(`workbench:types.${type}.example`)}</dd>
        <dt>{t('workbench:types.costLabel')}</dt>
        <dd>{t(`workbench:types.${type}.cost`)}</dd>
      </dl>
      <label className="type-card__toggle">
        <input
          id={fieldId(segmentId, `type.${type}`)}
          type="checkbox"
          checked={chosen}
          onChange={(e) => onToggle(type, e.target.checked)}
        />
        <span>
          {t('workbench:types.use')} <span className="visually-hidden">({name})</span>
        </span>
      </label>
    </li>
  );
});
