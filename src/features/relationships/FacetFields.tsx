import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

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
import { useEnumOptions } from '@/hooks/useEnumOptions';
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
  const contactModes = useEnumOptions(CONTACT_MODES, 'enums:contactMode');
  const audiences = useEnumOptions(AUDIENCES, 'enums:audience');
  const providers = useEnumOptions(PROVIDERS, 'enums:provider');
  const roles = useEnumOptions(CUSTOMER_ROLES, 'enums:customerRole');
  const bonds = useEnumOptions(BONDS, 'enums:bond');

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
          options={contactModes}
          onChange={(contactMode) => set({ contactMode })}
        />
        <SelectField
          id={fieldId(rel.id, 'audience')}
          label={t('workbench:facets.audience')}
          value={rel.facets.audience}
          options={audiences}
          onChange={(audience) => set({ audience })}
        />
        <SelectField
          id={fieldId(rel.id, 'provider')}
          label={t('workbench:facets.provider')}
          value={rel.facets.provider}
          options={providers}
          onChange={(provider) => set({ provider })}
        />
        <SelectField
          id={fieldId(rel.id, 'customerRole')}
          label={t('workbench:facets.customerRole')}
          value={rel.facets.customerRole}
          options={roles}
          onChange={(customerRole) => set({ customerRole })}
        />
        <SelectField
          id={fieldId(rel.id, 'bond')}
          label={t('workbench:facets.bond')}
          value={rel.facets.bond ?? NO_BOND}
          options={[{ value: NO_BOND, label: t('workbench:facets.bondUnset') }, ...bonds]}
          onChange={(bond) => (bond === NO_BOND ? clearBond() : set({ bond }))}
        />
      </div>
    </fieldset>
  );
});
