import { useTranslation } from '@/i18n/useTranslation';

import { SEGMENT_COLOR_COUNT } from '@/domain';

type Props = {
  id: string;
  value: number;
  label: string;
  onChange: (colorIndex: number) => void;
};

const SLOTS = Array.from({ length: SEGMENT_COLOR_COUNT }, (_, i) => i);

/** Eight named swatches as a radio group; each shows the segment's label on that colour. */
export function SegmentColorPicker({ id, value, label, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="field color-picker" id={id}>
      <legend className="field__label">{t('segments:field.color')}</legend>
      <div className="color-picker__options">
        {SLOTS.map((slot) => (
          <label key={slot} className="color-picker__option">
            <input
              type="radio"
              className="color-picker__input"
              name={`${id}-color`}
              checked={value === slot}
              onChange={() => onChange(slot)}
            />
            <span className={`color-picker__swatch seg-fill-${slot}`} aria-hidden="true">
              {label}
            </span>
            <span className="color-picker__name">{t(`segments:color.${slot}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
