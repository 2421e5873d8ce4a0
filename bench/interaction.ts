import type { Browser, Page } from 'playwright-core';

import type { Canvas } from '@/domain';
import { serializeEnvelope } from '@/persistence/envelope';
import { writeLibraryIndex } from '@/persistence/libraryIndex';
import { STORAGE_KEYS, canvasKey } from '@/persistence/storageKeys';

import { bigCanvas } from './fixtures';
import { summarize, type Summary } from './stats';

export type InteractionResult = {
  segments: number;
  typing: Summary;
  toggle: Summary;
  switchSegment: Summary;
  save: { ms: Summary; serializeMs: Summary; setItemMs: Summary; bytes: number; writesDuringTyping: number; keystrokes: number };
};

const SEGMENTS = 200;
const fieldId = (entityId: string, field: string) => `[id="f-${entityId}-${field}"]`;

/** The stored form of the canvas, produced by the persistence layer's own serializer. */
function seed(canvas: Canvas): Record<string, string> {
  const items: Record<string, string> = {};
  const memory = { length: 0, key: () => null, getItem: () => null, removeItem: () => {}, setItem: (k: string, v: string) => void (items[k] = v) };
  items[canvasKey(canvas.id)] = serializeEnvelope(canvas, { rev: 1, writerTabId: 'bench' });
  writeLibraryIndex({ order: [canvas.id], activeId: canvas.id }, memory);
  items[STORAGE_KEYS.language] = 'en';
  return items;
}

/**
 * Input-to-next-paint per event: from the event's timestamp to a task queued right after the
 * next animation frame, i.e. once React has rendered and the browser has painted.
 */
const RECORD_LATENCY = () => {
  const w = window as unknown as { __latencies: Record<string, number[]>; __writes: { key: string; ms: number; size: number }[] };
  w.__latencies = { keydown: [], click: [] };
  w.__writes = [];
  for (const type of ['keydown', 'click'] as const) {
    window.addEventListener(
      type,
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies[type]?.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    const t0 = performance.now();
    setItem.call(this, key, value);
    w.__writes.push({ key, ms: performance.now() - t0, size: value.length });
  };
};

const latencies = (page: Page, type: 'keydown' | 'click') =>
  page.evaluate((t) => (window as unknown as { __latencies: Record<string, number[]> }).__latencies[t] ?? [], type);
const writes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __writes: { key: string; ms: number; size: number }[] }).__writes);

export async function benchBigCanvas(browser: Browser, url: string): Promise<InteractionResult> {
  const canvas = bigCanvas(SEGMENTS);
  const items = seed(canvas);
  const context = await browser.newContext({ locale: 'en', viewport: { width: 1280, height: 800 } });
  await context.addInitScript((seedItems) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(seedItems)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, items);
  await context.addInitScript(RECORD_LATENCY);
  const page = await context.newPage();
  await page.goto(url);
  const [first, second] = canvas.segments;
  if (!first || !second) throw new Error('fixture has no segments');
  await page.getByRole('button', { name: /^Edit/ }).first().waitFor({ timeout: 60_000 });

  // Typing in a segment field.
  await page.getByRole('button', { name: /^Edit/ }).first().click();
  const name = page.locator(fieldId(first.id, 'name'));
  await name.click();
  const before = (await writes(page)).length;
  const text = ' renamed during the benchmark';
  await page.keyboard.type(text, { delay: 60 });
  const writesDuringTyping = (await writes(page)).slice(before).filter((w) => w.key.startsWith(STORAGE_KEYS.canvasPrefix)).length;
  const typing = await latencies(page, 'keydown');
  await page.keyboard.press('Escape');

  // Toggling a relationship type in the workbench, and switching between segments.
  const switchTimes: number[] = [];
  for (const [i, segment] of canvas.segments.slice(0, 10).entries()) {
    const start = Date.now();
    await page.getByRole('button', { name: /^Relationships/ }).nth(i).click();
    await page.locator(fieldId(segment.id, 'type.communities')).waitFor();
    switchTimes.push(Date.now() - start);
    if (i < 5) {
      await page.evaluate(() => ((window as unknown as { __latencies: Record<string, number[]> }).__latencies.click = []));
      for (let k = 0; k < 4; k++) {
        await page.locator(fieldId(segment.id, 'type.communities')).click();
        await page.waitForTimeout(80);
      }
    }
    await page.keyboard.press('Escape');
  }
  const toggle = await latencies(page, 'click');

  // Saving: wait for the debounced save, then read what was written.
  await page.waitForTimeout(1500);
  const canvasWrites = (await writes(page)).filter((w) => w.key.startsWith(STORAGE_KEYS.canvasPrefix));
  await context.close();

  const serializeTimes: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    serializeEnvelope(canvas, { rev: i, writerTabId: 'bench' });
    serializeTimes.push(performance.now() - t0);
  }
  const setItemMs = summarize(canvasWrites.map((w) => w.ms));
  const serializeMs = summarize(serializeTimes);
  return {
    segments: SEGMENTS,
    typing: summarize(typing),
    toggle: summarize(toggle),
    switchSegment: summarize(switchTimes),
    save: {
      ms: summarize(canvasWrites.map((w) => w.ms + serializeMs.median)),
      serializeMs,
      setItemMs,
      bytes: canvasWrites.at(-1)?.size ?? 0,
      writesDuringTyping,
      keystrokes: text.length,
    },
  };
}
