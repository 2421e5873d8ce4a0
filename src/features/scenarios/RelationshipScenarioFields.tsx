import { useTranslation } from '@/i18n/useTranslation';

import {
  costParamsSchema,
  relationshipAssignmentSchema,
  resolveParams,
  type Canvas,
  type RelationshipAssignment,
} from '@/domain';
import { FieldGroup } from '@/components/fields/FieldGroup';
import { NumberField } from '@/components/fields/NumberField';
import { useScenarioStore } from '@/store/scenarioStore';

import { RATIO_PARAMS, SCENARIO_PARAMS } from './scenarioParams';

type Props = { relationship: RelationshipAssignment; canvas: Canvas };

/** Coverage and the key cost drivers of one relationship in the draft. */
export function RelationshipScenarioFields({ relationship: rel, canvas }: Props) {
  const { t } = useTranslation();
  const setCoverage = useScenarioStore((s) => s.setCoverage);
  const setParam = useScenarioStore((s) => s.setParam);
  // what applies to the draft's relationship: its own value, the canvas', the built-in one
  const applies = resolveParams(canvas.settings, rel.type, rel.params);
  return (
    <FieldGroup>
      <fieldset className="scenario-relationship">
        <legend>{t(`common:enum.relationshipType.${rel.type}`)}</legend>
        <NumberField
          label={t('domain:params.coverage')}
          unit="percent"
          value={rel.coverage}
          schema={relationshipAssignmentSchema.shape.coverage}
          onCommit={(value) => value !== undefined && setCoverage(rel.id, value)}
        />
        {SCENARIO_PARAMS[rel.type].map((param) => (
          <NumberField
            key={param}
            label={t(`domain:params.${param}`)}
            unit={RATIO_PARAMS.has(param) ? 'percent' : 'number'}
            value={applies[param]}
            schema={costParamsSchema.shape[param]}
            onCommit={(value) => value !== undefined && setParam(rel.id, param, value)}
          />
        ))}
      </fieldset>
    </FieldGroup>
  );
}
