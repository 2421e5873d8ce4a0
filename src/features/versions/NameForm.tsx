import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { fieldAria } from '@/components/fields/fieldAria';
import { FieldError } from '@/components/fields/FieldError';

type Props = {
  /** the longest name accepted */
  maxLength: number;
  label: string;
  placeholder: string;
  submit: string;
  /** Saves under the trimmed name; returns a problem to show, or null when done. */
  onSubmit: (name: string) => string | null;
  /** Shown after a success, e.g. "Saved “Draft”." */
  done: (name: string) => string;
  onCancel?: () => void;
  cancel?: string;
  /** Moves focus to the name when shown (a form opened on request, e.g. "Hand in"). */
  focusOnShow?: boolean;
};

/**
 * A name and a button: names a version or a hand-in. On a problem the name stays in the field
 * (nothing typed is lost) and the message says what to do.
 */
export function NameForm({
  maxLength,
  label,
  placeholder,
  submit,
  onSubmit,
  done,
  onCancel,
  cancel,
  focusOnShow = false,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnShow) input.current?.focus();
  }, [focusOnShow]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const invalid =
      trimmed === ''
        ? t('versions:save.emptyName')
        : trimmed.length > maxLength
          ? t('versions:save.tooLong', { max: maxLength })
          : null;
    const result = invalid ?? onSubmit(trimmed);
    setProblem(result);
    if (result !== null) return setStatus('');
    setName('');
    setStatus(done(trimmed));
  };

  return (
    <form className="name-form" onSubmit={send} noValidate>
      <label htmlFor={`${id}-name`}>{label}</label>
      <div className="name-form__row">
        <input
          ref={input}
          id={`${id}-name`}
          value={name}
          placeholder={placeholder}
          onChange={(e) => setName(e.target.value)}
          {...fieldAria({ errorId: `${id}-problem`, error: problem })}
        />
        <button type="submit" className="button button--primary">
          {submit}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {cancel}
          </button>
        )}
      </div>
      <FieldError id={`${id}-problem`} message={problem} />
      <p className="name-form__status" role="status">
        {status}
      </p>
    </form>
  );
}
