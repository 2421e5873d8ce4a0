import { memo, useId } from 'react';

import { useLatestCallback } from '@/hooks/useLatestCallback';

import './fields.css';

type Props<T extends string> = {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  id?: string;
  hint?: string;
};

function SelectFieldBase<T extends string>({
  label,
  value,
  options,
  onChange,
  id,
  hint,
}: Props<T>) {
  const autoId = useId();
  const change = useLatestCallback(onChange);
  const selectId = id ?? autoId;
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>
        {label}
      </label>
      <select
        id={selectId}
        className="field__input"
        value={value}
        aria-describedby={hint ? `${selectId}-hint` : undefined}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) change(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={`${selectId}-hint`} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** Memoised, with a stable `onChange`: typing elsewhere does not render it. */
export const SelectField = memo(SelectFieldBase) as typeof SelectFieldBase;
