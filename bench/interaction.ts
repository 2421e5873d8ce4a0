import type { Browser } from 'playwright-core';

import type { Summary } from './stats';

export type InteractionResult = {
  segments: number;
  typing: Summary;
  toggle: Summary;
  switchSegment: Summary;
  save: { ms: Summary; bytes: number; writesDuringTyping: number; keystrokes: number };
};

export async function benchBigCanvas(_browser: Browser, _url: string): Promise<InteractionResult> {
  throw new Error('big-canvas benchmark not written yet');
}
