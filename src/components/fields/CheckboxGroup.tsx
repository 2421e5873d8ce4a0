import type { ReactNode } from 'react';

import './fields.css';

type Props<T extends string> = {
  legend: string;
  options: readonly { value: T; label: ReactNode }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  id?: string;
  /** Shown instead of the checkboxes when there are no options (e.g. "no segments yet"). */
  empty?: ReactNode;
};

/** A set of checkboxes in a fieldset; the result keeps the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  id,
  empty,
}: Props<T>) {
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className="field checkbox-group" id={id}>
      <legend className="field__label">{legend}</legend>
      {options.length === 0 ? (
        empty
      ) : (
        <div className="checkbox-group__options">
          {options.map((o) => (
            <label key={o.value} className="checkbox-group__option">
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
