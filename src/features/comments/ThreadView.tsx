import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import type { Thread } from '@/collab';

type Props = {
  thread: Thread;
  /** What the thread is about (its name for screen readers). */
  about: string;
  /** Say it on screen too: threads of several targets are listed. */
  showAbout: boolean;
  formatTime: (iso: string) => string;
  onResolve: (resolved: boolean) => void;
  /** The answer form. */
  children?: ReactNode;
};

/** One thread: its comments as plain text, then resolve or reopen, then the answer form. */
export function ThreadView({ thread, about, showAbout, formatTime, onResolve, children }: Props) {
  const { t } = useTranslation();
  return (
    <article
      className={thread.resolved ? 'comment-thread comment-thread--resolved' : 'comment-thread'}
      aria-label={t('comments:thread.label', { name: about })}
    >
      {showAbout && <p className="comment-thread__about">{about}</p>}
      <p className="comment-thread__state">
        {thread.resolved ? t('comments:thread.resolved') : t('comments:thread.open')}
      </p>
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>
                {comment.authorRole === 'instructor'
                  ? t('comments:role.instructor')
                  : comment.authorName}
              </strong>{' '}
              <time dateTime={comment.at}>{formatTime(comment.at)}</time>
            </p>
            <p className="comment__text">{comment.text}</p>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() => onResolve(!thread.resolved)}
      >
        {thread.resolved ? t('comments:thread.reopen') : t('comments:thread.resolve')}
      </button>
      {children}
    </article>
  );
}
