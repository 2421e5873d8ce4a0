import { useTranslation } from '@/i18n/useTranslation';

import type { Severity } from '@/domain';

import { SEVERITY_SYMBOLS } from './severitySymbols';

/** The shapes of SEVERITY_SYMBOLS drawn (octagon with a cross, triangle, circle), for lists and cards. */
const PATHS: Record<Severity, string> = {
  error: 'M7 1h6l5 5v6l-5 5H7l-5-5V6z M7.5 6.5l5 5 M12.5 6.5l-5 5',
  warning: 'M10 1.5l9 16H1z M10 7v5 M10 14.2v0.6',
  hint: 'M10 1.5a8.5 8.5 0 1 0 0.01 0z M10 8.5v6 M10 5.3v0.6',
};

/** Decorative: the severity is always written next to it. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className={`severity-icon severity-icon--${severity}`}
      viewBox="0 0 20 19"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[severity]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Severity as its symbol plus its written name (slides and print). */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity-label severity-label--${severity}`}>
      <span aria-hidden="true">{SEVERITY_SYMBOLS[severity]}</span> {t(`enums:severity.${severity}`)}
    </span>
  );
}
