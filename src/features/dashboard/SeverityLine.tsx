import { useTranslation } from '@/i18n/useTranslation';

import { SEVERITY_SYMBOLS } from '@/components/severitySymbols';
import { SEVERITIES } from '@/domain';

import type { SeverityCounts } from './classSummary';

type Props = { counts: SeverityCounts };

/** Findings by severity, zeros included: on a wall of cards, "0 errors" is news too. */
export function SeverityLine({ counts }: Props) {
  const { t } = useTranslation();
  return (
    <p className="severity-line">
      {SEVERITIES.map((severity) => (
        <span key={severity} className={`severity-line__item severity-line__item--${severity}`}>
          <span aria-hidden="true">{SEVERITY_SYMBOLS[severity]}</span>{' '}
          {t(`editor:findings.count.${severity}`, {
            count: counts[severity],
          })}
        </span>
      ))}
    </p>
  );
}
