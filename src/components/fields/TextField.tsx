import { memo, useId, useLayoutEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';

import { useLatestCallback } from '@/hooks/useLatestCallback';

import { fieldAria } from './fieldAria';
import { FieldIssue } from './FieldIssue';
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

type Issue = z.core.$ZodIssue | undefined | null;

/**
 * A text input or textarea: over-long text stays on screen, flagged, and is not committed.
 * The control keeps what is typed (React writes no `value` per keystroke); a stored value
 * changed from outside (undo, import, another language's example) is written into it.
 * Memoised, with a stable `onCommit`: typing elsewhere does not render it.
 */
export const TextField = memo(function TextField({
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
  const autoId = useId();
  const inputId = id ?? autoId;
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [initial] = useState(value);
  const [issue, setIssue] = useState<Issue>(null);
  const countOf = (text: string) =>
    maxLength !== undefined && text.length > maxLength * 0.8 ? text.length : null;
  const [count, setCount] = useState(() => countOf(value));
  const commit = useLatestCallback(onCommit);

  // Undo, redo or a load changed the stored text: show it, unless the user is mid-correction.
  useLayoutEffect(() => {
    const node = control.current;
    if (!node || node.value === value || issue !== null) return;
    node.value = value;
    setCount(countOf(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new stored value syncs
  }, [value]);

  const change = (text: string) => {
    setCount(countOf(text));
    const result = schema.safeParse(text);
    if (!result.success) {
      setIssue(result.error.issues[0]);
      return;
    }
    setIssue(null);
    commit(text);
  };

  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const common = {
    id: inputId,
    ref: control,
    defaultValue: initial,
    placeholder,
    ...fieldAria({ errorId, error: issue !== null, hintId: hint ? hintId : undefined }),
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
      {(issue !== null || count !== null) && (
        <FieldIssue errorId={errorId} issue={issue} count={count} max={maxLength} />
      )}
    </div>
  );
});
