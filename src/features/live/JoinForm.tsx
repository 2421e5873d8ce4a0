import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { fieldAria } from '@/components/fields/fieldAria';
import { FieldError } from '@/components/fields/FieldError';

import type { LiveErrorCode } from './api';
import { joinLive } from './joinLive';
import { isPlausibleCode } from './links';

type Props = {
  kind: 'join' | 'team';
  /** From a link: the code field is not shown. */
  code?: string;
  onJoined: (classTitle: string) => void;
  onCancel?: () => void;
};

type Problem = 'badCode' | 'noName' | LiveErrorCode;

/** The student's side: a class code (unless it came with the link) and a display name. */
export function JoinForm({ kind, code: linkCode, onJoined, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(linkCode ?? '');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    if (kind === 'join' && !isPlausibleCode(code)) return setProblem('badCode');
    if (kind === 'team' && code.trim() === '') return setProblem('unknown_code');
    if (name.trim() === '') return setProblem('noName');
    setProblem(null);
    setWorking(true);
    const result = await joinLive(kind, code, name, (m) =>
      t('live:join.canvasName', {
        title: m.classTitle || t('live:dialog.untitled'),
        name: m.displayName,
      }),
    );
    setWorking(false);
    if (result.ok) onJoined(result.value.classTitle);
    else setProblem(result.error);
  };

  const message =
    problem === null
      ? null
      : problem === 'badCode' || problem === 'noName'
        ? t(`live:join.${problem}`)
        : t(`live:errors.${problem}`);
  const errorId = `${id}-error`;
  const codeInvalid = problem === 'badCode' || problem === 'unknown_code';
  return (
    <form className="live-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="live-form__intro">
        {t(kind === 'join' ? 'live:join.intro' : 'live:join.teamIntro')}
      </p>
      {linkCode === undefined && (
        <div className="live-form__field">
          <label htmlFor={`${id}-code`}>{t('live:join.codeLabel')}</label>
          <input
            id={`${id}-code`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            {...fieldAria({ errorId, error: codeInvalid, hintId: `${id}-code-hint` })}
          />
          <span id={`${id}-code-hint`} className="live-form__hint">
            {t('live:join.codeHint')}
          </span>
        </div>
      )}
      <div className="live-form__field">
        <label htmlFor={`${id}-name`}>{t('live:join.nameLabel')}</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
          maxLength={60}
          {...fieldAria({
            errorId,
            error: problem && !codeInvalid,
            invalid: problem === 'noName' || problem === 'invalid_name',
            hintId: `${id}-name-hint`,
          })}
        />
        <span id={`${id}-name-hint`} className="live-form__hint">
          {t('live:join.nameHint')}
        </span>
      </div>
      <FieldError id={errorId} message={message} />
      <div className="live-form__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('live:join.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" aria-disabled={working}>
          {t(working ? 'live:join.working' : 'live:join.submit')}
        </button>
      </div>
    </form>
  );
}
