import { useId, useMemo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type * as Y from 'yjs';

import { addComment, type CommentRole, type CommentTarget, setResolved, targetKey } from '@/collab';
import type { Canvas } from '@/domain';

import { CommentForm } from './CommentForm';
import { commentTargets } from './targets';
import { ThreadView } from './ThreadView';
import { useThreads } from './useThreads';

export type Author = { name: string; role: CommentRole };

type Props = {
  doc: Y.Doc;
  canvas: Canvas;
  author: Author;
  showing: CommentTarget | 'all';
  onShowing: (showing: CommentTarget | 'all') => void;
};

const ALL = 'all';

/**
 * The comments of one canvas: choose what they are about (or everything), read the threads,
 * answer, resolve or reopen, and start a new one on the chosen target.
 */
export function CommentsView({ doc, canvas, author, showing, onShowing }: Props) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const threads = useThreads(doc);
  const targets = useMemo(() => commentTargets(canvas, t), [canvas, t]);
  const labels = useMemo(() => new Map(targets.map((o) => [o.key, o.label])), [targets]);
  const time = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }),
    [i18n.language],
  );
  const selectedKey = showing === ALL ? ALL : targetKey(showing);
  const shown =
    showing === ALL ? threads : threads.filter((th) => targetKey(th.target) === selectedKey);
  // A target that left the canvas keeps its comments, named as such.
  const labelOf = (target: CommentTarget) =>
    labels.get(targetKey(target)) ?? t('comments:target.gone');
  const add = (text: string, target: CommentTarget, replyTo?: string) =>
    addComment(doc, { target, authorName: author.name, authorRole: author.role, text, replyTo }).ok;

  return (
    <div className="comments-view">
      <p className="comments-view__choose">
        <label htmlFor={selectId}>{t('comments:about')}</label>{' '}
        <select
          id={selectId}
          value={selectedKey}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onShowing(value === ALL ? ALL : (targets.find((o) => o.key === value)?.target ?? ALL));
          }}
        >
          <option value={ALL}>{t('comments:all')}</option>
          {(['block', 'segment', 'relationship', 'note'] as const).map((kind) => {
            const options = targets.filter((o) => o.target.kind === kind);
            return options.length === 0 ? null : (
              <optgroup key={kind} label={t(`comments:group.${kind}`)}>
                {options.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {showing !== ALL && !labels.has(selectedKey) && (
            <option value={selectedKey}>{t('comments:target.gone')}</option>
          )}
        </select>
      </p>
      {shown.length === 0 ? (
        <p className="comments-view__empty">
          {showing === ALL
            ? t('comments:none')
            : t('comments:noneHere', { name: labelOf(showing) })}
        </p>
      ) : (
        <div className="comments-view__threads">
          {shown.map((thread) => (
            <ThreadView
              key={thread.id}
              thread={thread}
              about={labelOf(thread.target)}
              showAbout={showing === ALL}
              formatTime={(iso) => time.format(new Date(iso))}
              onResolve={(resolved) => setResolved(doc, thread.id, resolved)}
            >
              <CommentForm
                label={t('comments:answer.label')}
                submit={t('comments:answer.submit')}
                onSubmit={(text) => add(text, thread.target, thread.id)}
              />
            </ThreadView>
          ))}
        </div>
      )}
      {showing !== ALL && (
        <CommentForm
          label={t('comments:new.label', { name: labelOf(showing) })}
          submit={t('comments:new.submit')}
          onSubmit={(text) => add(text, showing)}
        />
      )}
    </div>
  );
}
