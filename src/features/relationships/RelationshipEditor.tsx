import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import {
  LIMITS,
  RELATIONSHIP_PURPOSES,
  RELATIONSHIP_STATUSES,
  relationshipAssignmentSchema,
  type CanvasSettings,
  type Channel,
  type RelationshipAssignment,
  type RelationshipCostBreakdown,
  unwrapOptional,
} from '@/domain';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import { useEnumOptions } from '@/hooks/useEnumOptions';

import { CostAssumptions } from './CostAssumptions';
import { CostSummary, sameCostSummary } from './CostSummary';
import { FacetFields } from './FacetFields';
import { RelationshipChannels } from './RelationshipChannels';

type Props = {
  rel: RelationshipAssignment;
  breakdown: RelationshipCostBreakdown | undefined;
  currency: string;
  channels: readonly Channel[];
  settings: CanvasSettings;
};

const fields = relationshipAssignmentSchema.shape;

const sameEditor = (a: Props, b: Props) =>
  a.rel === b.rel &&
  a.currency === b.currency &&
  a.channels === b.channels &&
  a.settings === b.settings &&
  sameCostSummary(a.breakdown, b.breakdown);

/**
 * Everything about one relationship of the segment: status, purposes, coverage, facets, channels,
 * costs. Memoised: typing in a tactic or toggling another type leaves it alone unless its own
 * relationship or its cost changed.
 */
export const RelationshipEditor = memo(function RelationshipEditor({
  rel,
  breakdown,
  currency,
  channels,
  settings,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const updateRelationship = useCanvasStore((s) => s.updateRelationship);
  const statuses = useEnumOptions(RELATIONSHIP_STATUSES, 'common:enum.status');
  const purposes = useEnumOptions(RELATIONSHIP_PURPOSES, 'enums:purpose');

  return (
    <article className="rel-editor" aria-labelledby={headingId}>
      <header className="rel-editor__header">
        <h4 id={headingId} className="rel-editor__title">
          {t(`common:enum.relationshipType.${rel.type}`)}
        </h4>
        <CostSummary breakdown={breakdown} currency={currency} />
      </header>
      <div className="rel-editor__grid">
        <div>
          <FieldGroup>
            <SelectField
              id={fieldId(rel.id, 'status')}
              label={t('workbench:relationship.status')}
              value={rel.status}
              options={statuses}
              onChange={(status) => updateRelationship(rel.id, { status })}
            />
            <CheckboxGroup
              id={fieldId(rel.id, 'purposes')}
              legend={t('workbench:relationship.purposes')}
              options={purposes}
              selected={rel.purposes}
              onChange={(purposes) => updateRelationship(rel.id, { purposes })}
            />
            <NumberField
              id={fieldId(rel.id, 'coverage')}
              label={t('workbench:relationship.coverage')}
              hint={t('workbench:relationship.coverageHint')}
              value={rel.coverage}
              unit="percent"
              schema={fields.coverage}
              onCommit={(coverage) =>
                coverage !== undefined && updateRelationship(rel.id, { coverage })
              }
            />
            <FacetFields rel={rel} />
          </FieldGroup>
        </div>
        <div>
          <RelationshipChannels channels={channels} rel={rel} />
          <FieldGroup>
            <TextField
              id={fieldId(rel.id, 'notes')}
              label={t('workbench:relationship.notes')}
              value={rel.notes ?? ''}
              multiline
              maxLength={LIMITS.longTextLength}
              schema={unwrapOptional(fields.notes)}
              onCommit={(notes) => updateRelationship(rel.id, { notes })}
            />
          </FieldGroup>
        </div>
      </div>
      <FieldGroup>
        <CostAssumptions settings={settings} currency={currency} rel={rel} />
      </FieldGroup>
    </article>
  );
}, sameEditor);
