import { useTranslation } from '@/i18n/useTranslation';

import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import { ARCHETYPE_ROLES, customerArchetypeSchema, LIMITS, type Segment } from '@/domain';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';
import { useEnumOptions } from '@/hooks/useEnumOptions';

const ANSWERS = ['whoTheyAre', 'howTheyBuy', 'whatInterestsThem', 'influencedBy'] as const;
type Answer = (typeof ANSWERS)[number];

const answerSchema = customerArchetypeSchema.shape.whoTheyAre;

/** The customer archetype (Blank): the role in the purchase and four short answers. */
export function SegmentArchetypeFields({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const update = useCanvasStore((s) => s.updateSegmentArchetype);
  const roles = useEnumOptions(ARCHETYPE_ROLES, 'enums:archetypeRole');
  const labels: Record<Answer, string> = {
    whoTheyAre: t('segments:field.whoTheyAre'),
    howTheyBuy: t('segments:field.howTheyBuy'),
    whatInterestsThem: t('segments:field.whatInterestsThem'),
    influencedBy: t('segments:field.influencedBy'),
  };
  return (
    <>
      <SelectField
        id={fieldId(segment.id, 'archetype.role')}
        label={t('segments:field.role')}
        value={segment.archetype.role}
        options={roles}
        onChange={(role) => update(segment.id, { role })}
      />
      {ANSWERS.map((answer) => (
        <TextField
          key={answer}
          id={fieldId(segment.id, `archetype.${answer}`)}
          label={labels[answer]}
          value={segment.archetype[answer] ?? ''}
          schema={answerSchema}
          maxLength={LIMITS.longTextLength}
          multiline
          onCommit={(text) => update(segment.id, { [answer]: text })}
        />
      ))}
    </>
  );
}
