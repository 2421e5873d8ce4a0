import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Canvas, RelationshipAssignment } from '@/domain';
import { fieldId } from '@/store/uiStore';

import { paramsOfType } from './costParams';
import { ParamRow } from './ParamRow';

type Props = { canvas: Canvas; rel: RelationshipAssignment };

/** Every cost parameter of the relationship's type, editable, each with its default and sources. */
export function CostAssumptions({ canvas, rel }: Props) {
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
          <ParamRow key={info.key} canvas={canvas} rel={rel} info={info} />
        ))}
      </div>
    </section>
  );
}
