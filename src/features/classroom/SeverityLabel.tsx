import { useTranslation } from 'react-i18next';

import type { Severity } from '@/domain';

// Distinct shapes per severity, so neither colour nor shape alone carries the meaning.
const SYMBOLS: Record<Severity, string> = { error: '✖', warning: '▲', hint: '●' };

/** Severity as a symbol plus its written name. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity-label severity-label--${severity}`}>
      <span aria-hidden="true">{SYMBOLS[severity]}</span> {t(`common:enum.severity.${severity}`)}
    </span>
  );
}
