import './fields.css';

type Props<T extends string> = {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  id?: string;
};

/** A set of checkboxes in a fieldset; the result keeps the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  id,
}: Props<T>) {
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className="field checkbox-group" id={id}>
      <legend className="field__label">{legend}</legend>
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
    </fieldset>
  );
}
