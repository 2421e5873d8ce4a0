import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';

import { fieldAria } from './fieldAria';
import { FieldError } from './FieldError';
import { validationMessage } from './validationMessage';
import './fields.css';

type Props = {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  /** The domain's schema for this text (its max length drives the counter). */
  schema: ZodMiniType<string>;
  maxLength?: number;
  multiline?: boolean;
  id?: string;
  hint?: string;
  placeholder?: string;
  /** Hide the visible label (it stays for screen readers). */
  hideLabel?: boolean;
};

/** A text input or textarea: over-long text stays on screen, flagged, and is not committed. */
export function TextField({
  label,
  value,
  onCommit,
  schema,
  maxLength,
  multiline,
  id,
  hint,
  placeholder,
  hideLabel,
}: Props) {
  const { t } = useTranslation();
  const autoId = useId();
  const inputId = id ?? autoId;
  const [draft, setDraft] = useState(value);
  // The problem, not its sentence: the message is translated at render, so it follows a language switch.
  const [issue, setIssue] = useState<z.core.$ZodIssue | undefined | null>(null);
  const error = issue === null ? null : validationMessage(t, issue);
  const [lastValue, setLastValue] = useState(value);

  if (value !== lastValue) {
    setLastValue(value);
    if (!error) setDraft(value);
  }

  const change = (text: string) => {
    setDraft(text);
    const result = schema.safeParse(text);
    if (!result.success) {
      setIssue(result.error.issues[0]);
      return;
    }
    setIssue(null);
    setLastValue(text);
    onCommit(text);
  };

  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const nearLimit = maxLength !== undefined && draft.length > maxLength * 0.8;
  const common = {
    id: inputId,
    value: draft,
    placeholder,
    ...fieldAria({ errorId, error, hintId: hint ? hintId : undefined }),
  };
  return (
    <div className="field">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={inputId}>
        {label}
      </label>
      {multiline ? (
        // In a block of its own, not a flex item: the contained textarea is then a layout root of
        // its own, and a keystroke lays out the textarea, not the page around it (fields.css).
        <div className="field__area">
          <textarea
            className="field__input field__input--multiline"
            rows={3}
            {...common}
            onChange={(e) => change(e.target.value)}
          />
        </div>
      ) : (
        <input
          className="field__input"
          autoComplete="off"
          {...common}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {nearLimit && maxLength !== undefined && (
        <span className="field__hint" aria-live="polite">
          {t('common:validation.characters', { count: draft.length, max: maxLength })}
        </span>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
