import type { TFunction } from 'i18next';

import type { CanvasChange } from '@/domain/canvasDiff';

/** A change the domain found, as a sentence; money in the canvas's currency. */
export function changeText(t: TFunction, change: CanvasChange, currency: string): string {
  return t(change.key, { ...change.values, currency });
}
