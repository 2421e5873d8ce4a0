import type { ExplainStep } from './types';

/**
 * An explain step: a full i18next key under `domain:explain.*` and its values.
 * Keys are literal (never concatenated) so they can be found by searching the code.
 * @example explainStep('domain:explain.personal.costPerContact', { minutes: 8, hourly: 40, result: 5.33 })
 */
export function explainStep(
  key: `domain:explain.${string}`,
  values: ExplainStep['values'],
): ExplainStep {
  return { key, values };
}
