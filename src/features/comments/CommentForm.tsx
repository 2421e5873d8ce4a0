import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { COMMENT_LIMITS } from '@/collab';
import { fieldAria } from '@/components/fields/fieldAria';
import { FieldError } from '@/components/fields/FieldError';

type Props = {
  label: string;
  submit: string;
  /** Adds the comment; false when it could not be added (the text stays). */
  onSubmit: (text: string) => boolean;
};

/** A text area and its button; an empty text says so instead of sending. */
export function CommentForm({ label, submit, onSubmit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return setError(t('comments:errors.empty'));
        if (!onSubmit(text)) return setError(t('comments:errors.notSent'));
        setText('');
        setError(null);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        rows={2}
        maxLength={COMMENT_LIMITS.text}
        {...fieldAria({ errorId: `${id}-error`, error })}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
      <button type="submit" className="button button--small">
        {submit}
      </button>
    </form>
  );
}
