import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

type Props = { label: string; value: string; copyLabel: string };

/** A read-only value with a copy button; if the clipboard refuses, the text stays selectable. */
export function CopyField({ label, value, copyLabel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };
  return (
    <div className="live-copy">
      <label htmlFor={id} className="live-copy__label">
        {label}
      </label>
      <div className="live-copy__row">
        <input
          id={id}
          className="live-copy__value"
          value={value}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <span className="live-copy__status" role="status">
        {copied && t(`live:invite.${copied}`)}
      </span>
    </div>
  );
}
