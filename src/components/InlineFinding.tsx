import { useTranslation } from 'react-i18next';

import type { Finding } from '@/domain';

import './InlineFinding.css';

const ICONS = { error: '⛔', warning: '⚠', hint: 'ℹ' } as const;

type Props = { finding: Finding; currency: string };

/** A finding shown next to the fields it concerns: icon and severity word, never colour alone. */
export function InlineFinding({ finding, currency }: Props) {
  const { t } = useTranslation();
  return (
    <p className={`inline-finding inline-finding--${finding.severity}`}>
      <span aria-hidden="true">{ICONS[finding.severity]}</span>{' '}
      <strong>{t(`common:enum.severity.${finding.severity}`)}:</strong>{' '}
      {t(finding.messageKey, { ...finding.values, currency })}
      {finding.suggestionKey && <> {t(finding.suggestionKey, { ...finding.values, currency })}</>}
    </p>
  );
}
