import type { Browser, Page } from 'playwright-core';

import { STORAGE_KEYS } from '@/persistence/storageKeys';

import { throttle } from './browser';
import { busyMeter } from './busy';
import { bigCanvas } from './fixtures';
import { cardButton, INSTALL_PROBE, typingLatencies } from './interaction';
import { seedLibrary } from './seed';
import { round, summarize, type Summary } from './stats';

export type FieldsResult = {
  segments: number;
  cpuThrottle: number;
  /** keydown to next paint, Event Timing (16 ms floor), per field typed in */
  segmentName: Summary;
  channelName: Summary;
  tacticDescription: Summary;
  /** main-thread busy per keystroke, all it caused included (saves, autofill, idle work), per field */
  busyPerKeyMs: { segmentName: number; channelName: number; tacticDescription: number };
};

const SEGMENTS = 200;
const SETTLE_MS = 1500;
const TEXT = ' typed on a full canvas';

async function typeInto(page: Page, selector: string, busy: () => Promise<number>) {
  await page.locator(selector).click();
  const before = await busy();
  const latencies = await typingLatencies(page, TEXT, 3, SETTLE_MS);
  const busyPerKeyMs = round(((await busy()) - before) / latencies.length, 1);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(SETTLE_MS);
  return { latencies: summarize(latencies), busyPerKeyMs };
}

/**
 * Typing in a segment's name, a channel's name and a tactic's description on a canvas of 200
 * segments, at 4× throttle; each editor is opened from the board as a person does.
 */
export async function benchFields(browser: Browser, url: string, rate = 4): Promise<FieldsResult> {
  const canvas = bigCanvas(SEGMENTS);
  const context = await browser.newContext({
    locale: 'en',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await seedLibrary(context, canvas, 'en');
  await context.addInitScript(INSTALL_PROBE, STORAGE_KEYS.canvasPrefix);
  const page = await context.newPage();
  await page.goto(url);
  const [segment] = canvas.segments;
  const channel = canvas.channels[0];
  const tactic = canvas.tactics.find((t) => t.segmentId === segment?.id);
  if (!segment || !channel || !tactic)
    throw new Error('fixture lacks a segment, channel or tactic');
  await page.waitForSelector(`[id="${segment.id}-up"]`, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await throttle(page, rate);
  const busy = await busyMeter(page);

  await (await cardButton(page, segment.id, 'Edit')).click();
  const segmentName = await typeInto(page, `[id="f-${segment.id}-name"]`, busy);

  await page
    .locator('article[data-block="channels"] li')
    .filter({ hasText: channel.name })
    .getByRole('button', { name: /^Edit/ })
    .first()
    .click();
  const channelName = await typeInto(page, `[id="f-${channel.id}-name"]`, busy);

  await (await cardButton(page, segment.id, 'Relationships')).click();
  await page.getByRole('tab', { name: 'Get, keep, grow' }).click();
  const tacticDescription = await typeInto(page, `[id="f-${tactic.id}-description"]`, busy);

  await context.close();
  return {
    segments: SEGMENTS,
    cpuThrottle: rate,
    segmentName: segmentName.latencies,
    channelName: channelName.latencies,
    tacticDescription: tacticDescription.latencies,
    busyPerKeyMs: {
      segmentName: segmentName.busyPerKeyMs,
      channelName: channelName.busyPerKeyMs,
      tacticDescription: tacticDescription.busyPerKeyMs,
    },
  };
}
