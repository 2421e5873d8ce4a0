import type { TFunction } from 'i18next';

import type { Finding } from '@/domain';

/**
 * The sentences of a finding in the interface language. Money values in rule texts use the
 * canvas currency, so it travels with the values.
 */
export function findingText(t: TFunction, finding: Finding, currency: string) {
  const values: Record<string, number | string> = { ...finding.values, currency };
  // A name not typed yet reads as it does on the board, not as empty quotes.
  if (typeof values.segment === 'string' && !values.segment.trim())
    values.segment = t('editor:segment.unnamed');
  if (typeof values.channel === 'string' && !values.channel.trim())
    values.channel = t('editor:channels.unnamed');
  return {
    title: t(`rules:${finding.ruleId}.title`),
    message: t(finding.messageKey, values),
    explanation: finding.explanationKey ? t(finding.explanationKey, values) : null,
    suggestion: finding.suggestionKey ? t(finding.suggestionKey, values) : null,
  };
}
