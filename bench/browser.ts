import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Records when the first enabled button inside <main> appears (the canvas accepts input), and
 * when the frame after it has painted (the app's own first screen is on display).
 */
export const WATCH_INTERACTIVE = () => {
  const w = window as unknown as { __interactiveAt?: number; __appPaintAt?: number };
  const check = () => {
    if (w.__interactiveAt) return;
    const button = document.querySelector('main button:not([disabled])');
    if (!button) return;
    w.__interactiveAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (w.__appPaintAt = performance.now())));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};
