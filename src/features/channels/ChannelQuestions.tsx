import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import {
  CHANNEL_QUESTIONS,
  LIMITS,
  channelAnswersSchema,
  unwrapOptional,
  type Canvas,
} from '@/domain';
import { SelectField } from '@/components/fields/SelectField';
import { TextField } from '@/components/fields/TextField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

const answerSchema = unwrapOptional(channelAnswersSchema.shape.wanted);

/** The six channel questions of §9.7, answered for one segment at a time. */
export function ChannelQuestions({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useCanvasStore((s) => s.updateChannelAnswer);
  const [chosenId, setChosenId] = useState(canvas.segments[0]?.id ?? '');
  const segment = canvas.segments.find((s) => s.id === chosenId) ?? canvas.segments[0];
  const segmentName = (s: (typeof canvas.segments)[number]) =>
    s.name.trim() || s.label || t('editor:segment.unnamed');
  return (
    <section className="channel-questions" aria-labelledby={headingId}>
      <h3 id={headingId} className="channels__heading">
        {segment
          ? t('numbers:questions.heading', { segment: segmentName(segment) })
          : t('numbers:questions.heading', { segment: '' })}
      </h3>
      {!segment ? (
        <p className="channels__help">{t('numbers:questions.noSegments')}</p>
      ) : (
        <>
          <p className="channels__help">{t('numbers:questions.intro')}</p>
          {canvas.segments.length > 1 && (
            <SelectField
              label={t('numbers:questions.segment')}
              value={segment.id}
              options={canvas.segments.map((s) => ({ value: s.id, label: segmentName(s) }))}
              onChange={setChosenId}
            />
          )}
          {CHANNEL_QUESTIONS.map((question) => (
            <TextField
              // a fresh field per segment, so a draft never carries over to another segment
              key={`${segment.id}-${question}`}
              id={fieldId(segment.id, `channelAnswers.${question}`)}
              label={t(`numbers:questions.${question}`)}
              value={segment.channelAnswers?.[question] ?? ''}
              multiline
              maxLength={LIMITS.longTextLength}
              schema={answerSchema}
              onCommit={(answer) => update(segment.id, question, answer)}
            />
          ))}
        </>
      )}
    </section>
  );
}
