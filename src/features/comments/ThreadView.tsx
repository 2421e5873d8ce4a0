import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Thread } from '@/collab';

type Props = {
  thread: Thread;
  /** What the thread is about, shown when threads of several targets are listed. */
  about?: string;
  formatTime: (iso: string) => string;
  onResolve: (resolved: boolean) => void;
  /** The answer form. */
  children?: ReactNode;
};

/** One thread: its comments as plain text, then resolve or reopen, then the answer form. */
export function ThreadView({ thread, about, formatTime, onResolve, children }: Props) {
  const { t } = useTranslation();
  const first = thread.comments[0]!;
  return (
    <article
      className={thread.resolved ? 'comment-thread comment-thread--resolved' : 'comment-thread'}
      aria-label={t('comments:thread.label', { name: about ?? first.authorName })}
    >
      {about && <p className="comment-thread__about">{about}</p>}
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
