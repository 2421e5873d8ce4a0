import { useId } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import {
  CHANNEL_CHECKLIST_QUESTIONS,
  LIMITS,
  channelChecklistItemSchema,
  unwrapOptional,
  type Canvas,
} from '@/domain';
import { TextField } from '@/components/fields/TextField';
import { useCanvasStore } from '@/store/canvasStore';
import { fieldId } from '@/store/uiStore';

const answerSchema = unwrapOptional(channelChecklistItemSchema.shape.answer);

/** The channel innovation checklist of §9.7: seven questions, each with an answer and a done mark. */
export function ChannelChecklist({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useCanvasStore((s) => s.updateChecklistItem);
  const items = canvas.channelChecklist ?? [];
  const itemOf = (questionId: string) => items.find((item) => item.questionId === questionId);
  const done = items.filter((item) => item.done).length;
  return (
    <section className="channel-checklist" aria-labelledby={headingId}>
      <h3 id={headingId} className="channels__heading">
        {t('numbers:checklist.heading')}
      </h3>
      <p className="channels__help">{t('numbers:checklist.intro')}</p>
      <p className="channel-checklist__progress">
        {t('numbers:checklist.progress', {
          done,
          total: CHANNEL_CHECKLIST_QUESTIONS.length,
        })}
      </p>
      <ol className="channel-checklist__items">
        {CHANNEL_CHECKLIST_QUESTIONS.map((questionId) => {
          const item = itemOf(questionId);
          const question = t(`numbers:checklist.${questionId}`);
          return (
            <li key={questionId} className="channel-checklist__item">
              <TextField
                id={fieldId(canvas.id, `checklist.${questionId}`)}
                label={question}
                value={item?.answer ?? ''}
                multiline
                maxLength={LIMITS.longTextLength}
                schema={answerSchema}
                onCommit={(answer) => update(questionId, { answer })}
              />
              <label className="channel-checklist__done">
                <input
                  type="checkbox"
                  checked={item?.done ?? false}
                  onChange={(e) => update(questionId, { done: e.target.checked })}
                />
                {t('numbers:checklist.done')}
                <span className="visually-hidden">: {question}</span>
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
