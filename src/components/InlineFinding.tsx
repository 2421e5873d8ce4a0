import { useTranslation } from '@/i18n/useTranslation';

import type { Finding } from '@/domain';
import { findingText } from '@/lib/findingText';

import { SEVERITY_SYMBOLS } from './severitySymbols';
import './InlineFinding.css';

type Props = { finding: Finding; currency: string };

/** A finding shown next to the fields it concerns: icon and severity word, never colour alone. */
export function InlineFinding({ finding, currency }: Props) {
  const { t } = useTranslation();
  const text = findingText(t, finding, currency);
  return (
    <p className={`inline-finding inline-finding--${finding.severity}`}>
      <span aria-hidden="true">{SEVERITY_SYMBOLS[finding.severity]}</span>{' '}
      <strong>{t(`enums:severity.${finding.severity}`)}:</strong> {text.message}
      {text.suggestion && <> {text.suggestion}</>}
    </p>
  );
}
