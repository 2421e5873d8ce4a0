import type { ExplainStep } from './types';

/**
 * An explain step under `domain:explain.*`.
 * @example explainStep('personal.costPerContact', { minutes: 8, hourly: 40, result: 5.33 })
 */
export function explainStep(key: string, values: ExplainStep['values'] = {}): ExplainStep {
  return { key: `domain:explain.${key}`, values };
}
