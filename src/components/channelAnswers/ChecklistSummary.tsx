import { useTranslation } from '@/i18n/useTranslation';

import { CHANNEL_CHECKLIST_QUESTIONS, type Canvas } from '@/domain';

import './channelAnswers.css';

/** Whether the canvas' channel innovation checklist has anything to show (§9.7). */
export const hasChecklist = (canvas: Canvas) =>
  (canvas.channelChecklist ?? []).some((item) => item.done || item.answer?.trim());

/** The channel innovation checklist with answers and done marks, for slides and print. */
export function ChecklistSummary({ canvas }: { canvas: Canvas }) {
  const { t } = useTranslation();
  const items = canvas.channelChecklist ?? [];
  return (
    <ol className="checklist-summary">
      {CHANNEL_CHECKLIST_QUESTIONS.map((questionId) => {
        const item = items.find((i) => i.questionId === questionId);
        const done = item?.done ?? false;
        const answer = item?.answer?.trim();
        return (
          <li key={questionId} className="checklist-summary__item">
            <span className="checklist-summary__question">
              {t(`numbers:checklist.${questionId}`)}
            </span>{' '}
            <span
              className={`checklist-summary__mark${done ? ' checklist-summary__mark--done' : ''}`}
            >
              <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
              {done ? t('numbers:checklist.doneMark') : t('numbers:checklist.notDone')}
            </span>
            <p className={answer ? 'checklist-summary__answer' : 'channel-answers__none'}>
              {answer || t('numbers:questions.unanswered')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
