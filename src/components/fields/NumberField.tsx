import { memo, useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';

import { useLatestCallback } from '@/hooks/useLatestCallback';

import { fieldAria } from './fieldAria';
import { FieldError } from './FieldError';
import { parseLocaleNumber } from './parseNumber';
import { validationMessage } from './validationMessage';
import './fields.css';

type Props = {
  label: string;
  value: number | undefined;
  /** Called only with a value the schema accepts. */
  onCommit: (value: number | undefined) => void;
  /** The domain's schema for this field; the field never commits what it rejects. */
  schema: ZodMiniType;
  /** `percent` shows ratios 0..1 as 0..100. */
  unit?: 'percent' | 'number';
  id?: string;
  hint?: string;
  /** Empty input commits `undefined` (for optional fields) instead of being an error. */
  optional?: boolean;
  suffix?: string;
};

function display(value: number | undefined, scale: number, language: string) {
  if (value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 4, useGrouping: false }).format(
    value * scale,
  );
}

/**
 * A number input that keeps whatever the user typed: invalid drafts stay on screen with a
 * message in the user's language and never reach the canvas. Memoised, with a stable
 * `onCommit`: typing elsewhere does not render it.
 */
export const NumberField = memo(function NumberField({
  label,
  value,
  onCommit,
  schema,
  unit = 'number',
  id,
  hint,
  optional,
  suffix,
}: Props) {
  const { t, i18n } = useTranslation();
  const autoId = useId();
  const inputId = id ?? autoId;
  const scale = unit === 'percent' ? 100 : 1;
  const [draft, setDraft] = useState(() => display(value, scale, i18n.language));
  // The problem, not its sentence: the message is translated at render, so it follows a language switch.
  const [issue, setIssue] = useState<z.core.$ZodIssue | undefined | 'notANumber' | null>(null);
  const error =
    issue === null
      ? null
      : issue === 'notANumber'
        ? t('common:validation.notANumber')
        : validationMessage(t, issue, scale);
  const [lastValue, setLastValue] = useState(value);
  const commit = useLatestCallback(onCommit);

  // Undo, redo or another tab changed the value: show it, unless the user is mid-correction.
  if (value !== lastValue) {
    setLastValue(value);
    if (!error) setDraft(display(value, scale, i18n.language));
  }

  const change = (text: string) => {
    setDraft(text);
    if (text.trim() === '' && optional) {
      setIssue(null);
      setLastValue(undefined);
      commit(undefined);
      return;
    }
    const parsed = parseLocaleNumber(text, i18n.language);
    if (Number.isNaN(parsed)) {
      setIssue('notANumber');
      return;
    }
    const result = schema.safeParse(parsed / scale);
    if (!result.success) {
      setIssue(result.error.issues[0]);
      return;
    }
    setIssue(null);
    setLastValue(result.data as number);
    commit(result.data as number);
  };

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <span className="field__control">
        <input
          id={inputId}
          className="field__input field__input--number"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          {...fieldAria({ errorId, error, hintId: hint ? hintId : undefined })}
          onChange={(e) => change(e.target.value)}
        />
        {(suffix ?? (unit === 'percent' ? '%' : null)) && (
          <span className="field__suffix" aria-hidden="true">
            {suffix ?? '%'}
          </span>
        )}
      </span>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
});
