import { useTranslation } from '@/i18n/useTranslation';

import { CHANNEL_QUESTIONS, type Segment } from '@/domain';

import './channelAnswers.css';

/** Whether a segment has answered any channel question (§9.7). */
export const hasChannelAnswers = (segment: Segment) =>
  CHANNEL_QUESTIONS.some((q) => segment.channelAnswers?.[q]?.trim());

/** A segment's answers to the six channel questions, for slides and print. */
export function ChannelAnswers({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  return (
    <dl className="channel-answers">
      {CHANNEL_QUESTIONS.map((question) => {
        const answer = segment.channelAnswers?.[question]?.trim();
        return (
          <div key={question} className="channel-answers__item">
            <dt>{t(`numbers:questions.${question}`)}</dt>
            <dd className={answer ? undefined : 'channel-answers__none'}>
              {answer || t('numbers:questions.unanswered')}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
