import { memo } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

import { SEVERITIES, type Severity } from '@/domain';

import { SEVERITY_SYMBOLS } from './severitySymbols';
import './SeverityCounts.css';

/**
 * Icon and count per severity (none shown when there are no findings); the text says which.
 * Memoised: the lists come from the evaluation, the same arrays while it is unchanged.
 */
export const SeverityCounts = memo(function SeverityCounts({
  findings,
}: {
  findings: readonly { severity: Severity }[];
}) {
  const { t } = useTranslation();
  const counts = SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length,
  })).filter((c) => c.count > 0);
  if (counts.length === 0) return null;
  return (
    <ul className="severity-counts">
      {counts.map(({ severity, count }) => {
        const text = t(`editor:findings.count.${severity}`, { count });
        return (
          <li
            key={severity}
            className={`severity-counts__item severity-counts__item--${severity}`}
            title={text}
          >
            <span aria-hidden="true">
              {SEVERITY_SYMBOLS[severity]} {count}
            </span>
            <span className="visually-hidden">{text}</span>
          </li>
        );
      })}
    </ul>
  );
});
