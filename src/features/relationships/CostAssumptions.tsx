import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { CanvasSettings, RelationshipAssignment } from '@/domain';
import { fieldId } from '@/store/uiStore';

import { paramsOfType } from './costParams';
import { ParamRow } from './ParamRow';

type Props = { settings: CanvasSettings; currency: string; rel: RelationshipAssignment };

/**
 * Every cost parameter of the relationship's type, editable, each with its default and sources.
 * Memoised: a change to another relationship of the segment leaves these rows alone.
 */
export const CostAssumptions = memo(function CostAssumptions({ settings, currency, rel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      className="cost-assumptions"
      id={fieldId(rel.id, 'params')}
      aria-labelledby={headingId}
    >
      <h5 id={headingId} className="rel-editor__subheading">
        {t('workbench:param.heading')}{' '}
        {/* one region per relationship: the type keeps their names apart */}
        <span className="visually-hidden">({t(`common:enum.relationshipType.${rel.type}`)})</span>
      </h5>
      <p className="rel-editor__help">{t('workbench:param.intro')}</p>
      <div className="cost-assumptions__list">
        {paramsOfType(rel.type).map((info) => (
          <ParamRow key={info.key} settings={settings} currency={currency} rel={rel} info={info} />
        ))}
      </div>
    </section>
  );
});
