import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import {
  AUDIENCES,
  BONDS,
  CONTACT_MODES,
  CUSTOMER_ROLES,
  PROVIDERS,
  type RelationshipAssignment,
  type RelationshipFacets,
} from '@/domain';
import { SelectField } from '@/components/fields/SelectField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

type Props = { rel: RelationshipAssignment };

const NO_BOND = 'unset';

/** The facets that absorb the alternative taxonomy: contact mode, audience, provider, role, bond. */
export const FacetFields = memo(function FacetFields({ rel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const updateRelationship = useCanvasStore((s) => s.updateRelationship);
  const set = (patch: Partial<RelationshipFacets>) =>
    updateRelationship(rel.id, { facets: { ...rel.facets, ...patch } });
  const clearBond = () => {
    const facets = { ...rel.facets };
    delete facets.bond;
    updateRelationship(rel.id, { facets });
  };
  const options = <T extends string>(values: readonly T[], enumName: string) =>
    values.map((value) => ({ value, label: t(`common:enum.${enumName}.${value}`) }));

  return (
    <fieldset className="facets" id={fieldId(rel.id, 'facets')} aria-labelledby={headingId}>
      <legend id={headingId} className="rel-editor__subheading">
        {t('workbench:facets.heading')}
      </legend>
      <div className="facets__grid">
        <SelectField
          id={fieldId(rel.id, 'contactMode')}
          label={t('workbench:facets.contactMode')}
          value={rel.facets.contactMode}
          options={options(CONTACT_MODES, 'contactMode')}
          onChange={(contactMode) => set({ contactMode })}
        />
        <SelectField
          id={fieldId(rel.id, 'audience')}
          label={t('workbench:facets.audience')}
          value={rel.facets.audience}
          options={options(AUDIENCES, 'audience')}
          onChange={(audience) => set({ audience })}
        />
        <SelectField
          id={fieldId(rel.id, 'provider')}
          label={t('workbench:facets.provider')}
          value={rel.facets.provider}
          options={options(PROVIDERS, 'provider')}
          onChange={(provider) => set({ provider })}
        />
        <SelectField
          id={fieldId(rel.id, 'customerRole')}
          label={t('workbench:facets.customerRole')}
          value={rel.facets.customerRole}
          options={options(CUSTOMER_ROLES, 'customerRole')}
          onChange={(customerRole) => set({ customerRole })}
        />
        <SelectField
          id={fieldId(rel.id, 'bond')}
          label={t('workbench:facets.bond')}
          value={rel.facets.bond ?? NO_BOND}
          options={[
            { value: NO_BOND, label: t('workbench:facets.bondUnset') },
            ...options(BONDS, 'bond'),
          ]}
          onChange={(bond) => (bond === NO_BOND ? clearBond() : set({ bond }))}
        />
      </div>
    </fieldset>
  );
});
