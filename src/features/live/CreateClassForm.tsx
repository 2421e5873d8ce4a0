import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { fieldAria } from '@/components/fields/fieldAria';
import { FieldError } from '@/components/fields/FieldError';
import { saveInstructorClass, type InstructorClass } from '@/persistence/liveDocs';

import { createClass, type LiveErrorCode } from './api';

/** The instructor's side: a title, then the class exists on the server. */
export function CreateClassForm({ onCreated }: { onCreated: (entry: InstructorClass) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<LiveErrorCode | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    const result = await createClass(title.trim());
    setWorking(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    const entry: InstructorClass = {
      ...result.value,
      title: title.trim(),
      createdAt: new Date().toISOString(),
    };
    saveInstructorClass(entry);
    onCreated(entry);
  };

  return (
    <form className="live-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="live-form__field">
        <label htmlFor={`${id}-title`}>{t('live:create.titleLabel')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
          {...fieldAria({ errorId: `${id}-error`, error, invalid: false, hintId: `${id}-hint` })}
        />
        <span id={`${id}-hint`} className="live-form__hint">
          {t('live:create.titleHint')}
        </span>
      </div>
      <FieldError id={`${id}-error`} message={error && t(`live:errors.${error}`)} />
      <div className="live-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={working}>
          {t(working ? 'live:create.working' : 'live:create.submit')}
        </button>
      </div>
    </form>
  );
}
