import type { TFunction } from 'i18next';

import type { LiveProblem } from './liveStatus';

/** The sentence for a problem, in the user's language. */
export function problemText(t: TFunction, problem: LiveProblem): string {
  return problem.kind === 'refused'
    ? t(`live:refused.${problem.reason}`)
    : t(`live:errors.${problem.code}`);
}
