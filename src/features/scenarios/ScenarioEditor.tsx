import { useTranslation } from '@/i18n/useTranslation';

import { RELATIONSHIP_TYPES, tacticSchema, type Canvas } from '@/domain';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { useScenarioStore, type ScenarioDraft } from '@/store/scenarioStore';
import { fieldId } from '@/store/uiStore';

import { RelationshipScenarioFields } from './RelationshipScenarioFields';

type Props = { draft: ScenarioDraft; canvas: Canvas };

/** The draft's inputs: which types, their coverage and cost drivers, and the keep tactics. */
export function ScenarioEditor({ draft, canvas }: Props) {
  const { t } = useTranslation();
  const toggleType = useScenarioStore((s) => s.toggleType);
  const toggleKeepTactic = useScenarioStore((s) => s.toggleKeepTactic);
  const setKeepTacticCost = useScenarioStore((s) => s.setKeepTacticCost);
  const active = new Set(draft.relationships.map((r) => r.type));
  const included = new Set(draft.keepTactics.map((k) => k.id));

  return (
    <div className="scenario-editor">
      <CheckboxGroup
        id={fieldId(draft.segmentId, 'scenario-types')}
        legend={t('results:scenario.types')}
        options={RELATIONSHIP_TYPES.map((type) => ({
          value: type,
          label: t(`common:enum.relationshipType.${type}`),
        }))}
        selected={[...active]}
        // One box changes at a time: the type whose box differs from the draft.
        onChange={(next) => {
          const changed = RELATIONSHIP_TYPES.find(
            (type) => next.includes(type) !== active.has(type),
          );
          if (changed) toggleType(changed);
        }}
      />
      {draft.relationships.map((rel) => (
        <RelationshipScenarioFields key={rel.id} relationship={rel} canvas={canvas} />
      ))}
      {draft.original.keepTactics.length > 0 && (
        <FieldGroup>
          <fieldset className="scenario-relationship">
            <legend>{t('results:scenario.keepTactics')}</legend>
            {draft.original.keepTactics.map((tactic) => {
              const current = draft.keepTactics.find((k) => k.id === tactic.id);
              const name = t(`enums:tacticKind.${tactic.kind}`);
              return (
                <div key={tactic.id} className="scenario-tactic">
                  <label className="checkbox-group__option">
                    <input
                      type="checkbox"
                      checked={included.has(tactic.id)}
                      onChange={(e) => toggleKeepTactic(tactic.id, e.target.checked)}
                    />
                    <span>{name}</span>
                  </label>
                  {current && (
                    <NumberField
                      label={t('results:scenario.tacticCost', { tactic: name })}
                      value={current.monthlyCost}
                      optional
                      schema={tacticSchema.shape.monthlyCost}
                      onCommit={(value) => setKeepTacticCost(tactic.id, value)}
                    />
                  )}
                </div>
              );
            })}
          </fieldset>
        </FieldGroup>
      )}
    </div>
  );
}
