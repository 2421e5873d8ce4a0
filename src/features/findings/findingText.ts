import type { TFunction } from 'i18next';

import type { Finding } from '@/domain';

/**
 * The sentences of a finding in the interface language. Money values in rule texts use the
 * canvas currency, so it travels with the values.
 */
export function findingText(t: TFunction, finding: Finding, currency: string) {
  const values = { ...finding.values, currency };
  return {
    title: t(`rules:${finding.ruleId}.title`),
    message: t(finding.messageKey, values),
    explanation: finding.explanationKey ? t(finding.explanationKey, values) : null,
    suggestion: finding.suggestionKey ? t(finding.suggestionKey, values) : null,
  };
}
