import { useTranslation } from '@/i18n/useTranslation';

import { RELATIONSHIP_TYPES, type Canvas, type Segment } from '@/domain';
import { CheckboxGroup } from '@/components/fields/CheckboxGroup';
import { InlineFinding } from '@/components/InlineFinding';
import { LinkButton } from '@/components/LinkButton';
import { useEnumOptions } from '@/hooks/useEnumOptions';
import { useCanvasStore } from '@/store/canvasStore';
import { evaluationSelectors, useResults } from '@/store/selectors';
import { fieldId } from '@/store/uiStore';

import { IntegrationList } from './IntegrationList';
import { RelationshipCosts } from './RelationshipCosts';

type Props = {
  canvas: Canvas;
  segment: Segment;
  /** takes the user to a field elsewhere in the workbench */
  goTo: (target: string) => void;
};

// Spec decision: each question shows the findings of the rules that check its answer (§3 grounding).
const RULES_BY_QUESTION = {
  q1: ['CR03', 'CR17'],
  q2: ['CR01'],
  q3: ['CR23', 'CR28'],
  q4: ['CR04'],
} as const;

/** The block's four guiding questions, answered for one segment. */
export function GuidingQuestionsTab({ canvas, segment, goTo }: Props) {
  const { t } = useTranslation();
  const updateSegment = useCanvasStore((s) => s.updateSegment);
  const relationshipTypes = useEnumOptions(RELATIONSHIP_TYPES, 'common:enum.relationshipType');
  // figures once edits pause (settled); the fields answer at once
  const evaluation = useResults('settled')?.evaluation;
  const economics = evaluation
    ? evaluationSelectors.economicsOf(evaluation, segment.id)
    : undefined;
  const findings = evaluation?.findings.filter((f) => f.segmentId === segment.id) ?? [];
  const rels = canvas.relationships.filter((r) => r.segmentId === segment.id);
  const findingsFor = (question: keyof typeof RULES_BY_QUESTION) =>
    findings
      .filter((f) => RULES_BY_QUESTION[question].some((id) => id === f.ruleId))
      .map((f, i) => (
        <InlineFinding key={`${f.ruleId}-${i}`} finding={f} currency={canvas.currency} />
      ));

  return (
    <ol className="questions">
      <li className="questions__item">
        <h3 className="workbench__heading">{t('workbench:questions.q1.title')}</h3>
        <CheckboxGroup
          id={fieldId(segment.id, 'expectedRelationships')}
          legend={t('workbench:questions.q1.legend')}
          options={relationshipTypes}
          selected={segment.expectedRelationships}
          onChange={(expectedRelationships) => updateSegment(segment.id, { expectedRelationships })}
        />
        {findingsFor('q1')}
      </li>
      <li className="questions__item">
        <h3 className="workbench__heading">{t('workbench:questions.q2.title')}</h3>
        {rels.length === 0 ? (
          <p className="workbench__empty">{t('workbench:questions.q2.none')}</p>
        ) : (
          <ul className="questions__list">
            {rels.map((rel) => (
              <li key={rel.id}>
                <span>
                  {t('workbench:questions.q2.item', {
                    type: t(`common:enum.relationshipType.${rel.type}`),
                    status: t(`common:enum.status.${rel.status}`),
                  })}
                </span>{' '}
                <LinkButton onClick={() => goTo(fieldId(rel.id, 'status'))}>
                  {t('workbench:questions.change')}{' '}
                  <span className="visually-hidden">
                    ({t(`common:enum.relationshipType.${rel.type}`)})
                  </span>
                </LinkButton>
              </li>
            ))}
          </ul>
        )}
        {findingsFor('q2')}
      </li>
      <li className="questions__item">
        <h3 className="workbench__heading">{t('workbench:questions.q3.title')}</h3>
        <RelationshipCosts canvas={canvas} rels={rels} economics={economics} />
        {findingsFor('q3')}
      </li>
      <li className="questions__item">
        <h3 className="workbench__heading">{t('workbench:questions.q4.title')}</h3>
        <IntegrationList canvas={canvas} segment={segment} rels={rels} goTo={goTo} />
        {findingsFor('q4')}
      </li>
    </ol>
  );
}
