import { useTranslation } from 'react-i18next';

import { RELATIONSHIP_TYPES, tacticSchema, type Canvas } from '@/domain';
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
      <fieldset className="field checkbox-group" id={fieldId(draft.segmentId, 'scenario-types')}>
        <legend className="field__label">{t('results:scenario.types')}</legend>
        <div className="checkbox-group__options">
          {RELATIONSHIP_TYPES.map((type) => (
            <label key={type} className="checkbox-group__option">
              <input type="checkbox" checked={active.has(type)} onChange={() => toggleType(type)} />
              <span>{t(`common:enum.relationshipType.${type}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.relationships.map((rel) => (
        <RelationshipScenarioFields key={rel.id} relationship={rel} canvas={canvas} />
      ))}
      {draft.original.keepTactics.length > 0 && (
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
      )}
    </div>
  );
}
