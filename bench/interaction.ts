import type { Browser, Page } from 'playwright-core';

import { STORAGE_KEYS } from '@/persistence/storageKeys';

import { bigCanvas } from './fixtures';
import { seedLibrary } from './seed';
import { summarize, type Summary } from './stats';

export type InteractionResult = {
  segments: number;
  typing: Summary;
  toggle: Summary;
  switchSegment: Summary;
  /** Escape in an open editor to the paint of the board behind it, caught up */
  closeEditor: Summary;
  save: {
    /** the whole task that wrote a canvas (the debounced save: checks, serialising, writing) */
    ms: Summary;
    stringifyMs: Summary;
    setItemMs: Summary;
    bytes: number;
    writesDuringTyping: number;
    keystrokes: number;
  };
};

const SEGMENTS = 200;
/** A quick person's reaction time, between seeing an editor open and clicking in it. */
const REACTION_MS = 250;
const SEPARATE_EDITS = 10;
/** Workbenches opened and closed: 20, so the closings' p95 is not just their slowest. */
const SWITCHES = 20;
const byFieldId = (entityId: string, field: string) => `[id="f-${entityId}-${field}"]`;

export type Kind = 'keydown' | 'click';

export type Probe = {
  /** timestamps of the trusted events dispatched */
  events: Record<Kind, number[]>;
  /** Event Timing durations (event to next paint) by event timestamp */
  timings: Record<Kind, [number, number][]>;
  writes: { key: string; ms: number; stringifyMs: number; size: number }[];
  /** durations of the timer tasks that wrote a canvas */
  saves: number[];
  opened: number[];
  awaitOpen: (selector: string) => void;
};

/** Chromium reports events faster than this, the Event Timing API's floor, with no entry. */
const EVENT_TIMING_FLOOR_MS = 16;

/**
 * Installed before the app runs:
 * - input to next paint per event, as the browser measures it for INP: the Event Timing API's
 *   duration, from the event's timestamp to the paint that follows its handlers (8 ms steps);
 * - opening an editor: from the click to the frame that shows the awaited field;
 * - every localStorage write, with the JSON.stringify that produced it (matched by length), and
 *   the duration of each timer or idle task that wrote a canvas: the app's debounced save, whole.
 */
export const INSTALL_PROBE = (canvasPrefix: string) => {
  const probe: Probe = {
    events: { keydown: [], click: [] },
    timings: { keydown: [], click: [] },
    writes: [],
    saves: [],
    opened: [],
    awaitOpen: () => {},
  };
  (window as unknown as { __probe: Probe }).__probe = probe;
  const afterPaint = (done: () => void) => requestAnimationFrame(() => setTimeout(done, 0));
  for (const type of ['keydown', 'click'] as const) {
    window.addEventListener(
      type,
      (event) => event.isTrusted && probe.events[type].push(event.timeStamp),
      {
        capture: true,
      },
    );
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown' || entry.name === 'click')
        probe.timings[entry.name].push([entry.startTime, entry.duration]);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  probe.awaitOpen = (selector) => {
    window.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const seen = () => {
          if (!document.querySelector(selector)) return false;
          afterPaint(() => probe.opened.push(performance.now() - start));
          return true;
        };
        if (seen()) return;
        const observer = new MutationObserver(() => seen() && observer.disconnect());
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  };
  const stringify = JSON.stringify;
  let last = { size: -1, ms: 0 };
  JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
    const t0 = performance.now();
    const text = stringify(...args);
    last = { size: text?.length ?? -1, ms: performance.now() - t0 };
    return text;
  }) as typeof JSON.stringify;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    const t0 = performance.now();
    setItem.call(this, key, value);
    const stringifyMs = last.size === value.length ? last.ms : 0;
    probe.writes.push({ key, ms: performance.now() - t0, stringifyMs, size: value.length });
  };
  /** `handler`, timed as a save when it wrote a canvas */
  const timedSave =
    (handler: (...a: unknown[]) => void) =>
    (...params: unknown[]) => {
      const start = performance.now();
      const before = probe.writes.length;
      try {
        handler(...params);
      } finally {
        if (probe.writes.slice(before).some((w) => w.key.startsWith(canvasPrefix)))
          probe.saves.push(performance.now() - start);
      }
    };
  const schedule = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return schedule(handler, timeout, ...args);
    return schedule(timedSave(handler as (...a: unknown[]) => void), timeout, ...args);
  }) as typeof window.setTimeout;
  // The app's debounced save waits for an idle moment (saveController's idleRunner).
  const idle = window.requestIdleCallback?.bind(window);
  if (idle)
    window.requestIdleCallback = (handler, options) =>
      idle(timedSave(handler as (...a: unknown[]) => void), options);
};

/**
 * A button on one segment's card, found through the card's move-up button id (SegmentCard's
 * convention) with a plain DOM query: Playwright's role queries over thousands of buttons
 * would cost more main-thread time than the interactions being measured.
 */
export async function cardButton(page: Page, segmentId: string, label: string) {
  const handle = await page.evaluateHandle(
    ([id, text]) => {
      const card = document.getElementById(`${id}-up`)?.closest('li');
      return (
        [...(card?.querySelectorAll('button') ?? [])].find((b) =>
          b.textContent?.startsWith(text),
        ) ?? null
      );
    },
    [segmentId, label] as const,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`no "${label}" button on the card of ${segmentId}`);
  return button;
}

const read = <K extends keyof Probe>(page: Page, key: K) =>
  page.evaluate((k) => (window as unknown as { __probe: Probe }).__probe[k], key) as Promise<
    Probe[K]
  >;
/**
 * Input-to-next-paint of the `kind` events dispatched from index `from` on. Event Timing entries
 * arrive after the paint, so this waits for them; an event with no entry was faster than the
 * API's 16 ms floor and counts as 16 ms (an upper bound).
 */
export async function latenciesSince(
  page: Page,
  kind: Kind,
  from: number,
  settleMs = 300,
): Promise<number[]> {
  await page.waitForTimeout(settleMs);
  const [events, timings] = await Promise.all([read(page, 'events'), read(page, 'timings')]);
  return events[kind].slice(from).map((at) => {
    const entry = timings[kind].find(([start]) => Math.abs(start - at) < 1);
    return entry ? entry[1] : EVENT_TIMING_FLOOR_MS;
  });
}

/**
 * Keydown-to-paint of typing `text` at the caret, `rounds` times with a pause between: the p95
 * of one round of twenty-odd keys is its second-slowest key, which moved by 40 ms between two
 * runs of the same build.
 */
export async function typingLatencies(page: Page, text: string, rounds = 3, settleMs = 1500) {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await page.keyboard.press('End');
    const before = await eventCount(page, 'keydown');
    await page.keyboard.type(text, { delay: 120 });
    latencies.push(...(await latenciesSince(page, 'keydown', before, settleMs)));
  }
  return latencies;
}

const isChecked = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked ?? null, selector);

export const eventCount = async (page: Page, kind: Kind) =>
  (await read(page, 'events'))[kind].length;

const canvasWrites = async (page: Page) =>
  (await read(page, 'writes')).filter((w) => w.key.startsWith(STORAGE_KEYS.canvasPrefix));

/** Typing, toggling and switching on a canvas of 200 segments × 6 relationship types. */
export async function benchBigCanvas(browser: Browser, url: string): Promise<InteractionResult> {
  const canvas = bigCanvas(SEGMENTS);
  // No service worker: its precaching would compete with the interactions being timed.
  const context = await browser.newContext({
    locale: 'en',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await seedLibrary(context, canvas, 'en');
  await context.addInitScript(INSTALL_PROBE, STORAGE_KEYS.canvasPrefix);
  const page = await context.newPage();
  await page.goto(url);
  const [first] = canvas.segments;
  if (!first) throw new Error('fixture has no segments');
  await page.waitForSelector(`[id="${first.id}-up"]`, { timeout: 60_000 });

  // Typing in a segment field.
  await (await cardButton(page, first.id, 'Edit')).click();
  await page.locator(byFieldId(first.id, 'name')).click();
  const keysBefore = await eventCount(page, 'keydown');
  const writesBefore = (await canvasWrites(page)).length;
  const text = ' renamed during the benchmark';
  await page.keyboard.type(text, { delay: 60 });
  const typing = await latenciesSince(page, 'keydown', keysBefore);
  const writesDuringTyping = (await canvasWrites(page)).length - writesBefore;
  const closings: number[] = [];
  const close = async () => {
    const before = await eventCount(page, 'keydown');
    await page.keyboard.press('Escape');
    closings.push(...(await latenciesSince(page, 'keydown', before)));
  };
  await close();

  // Switching between segments' workbenches, toggling a relationship type in the first five.
  const toggles: number[] = [];
  for (const [i, segment] of canvas.segments.slice(0, SWITCHES).entries()) {
    const toggle = byFieldId(segment.id, 'type.communities');
    await page.evaluate(
      (s) => (window as unknown as { __probe: Probe }).__probe.awaitOpen(s),
      toggle,
    );
    await (await cardButton(page, segment.id, 'Relationships')).click();
    await page.waitForSelector(toggle);
    if (i < 5) {
      // A person moves the pointer to the control, then presses where it rests. Playwright's
      // locator click would first query the 28k-element page and hit-test inside pointerdown,
      // on the page's main thread (about 15 ms a click), so the press is a plain mouse press.
      // The pause also keeps the opening, measured on its own above, out of the clicks.
      await page.locator(toggle).hover();
      await page.waitForTimeout(REACTION_MS);
      for (let k = 0; k < 4; k++) {
        const before = await eventCount(page, 'click');
        const wasChecked = await isChecked(page, toggle);
        await page.mouse.down();
        await page.mouse.up();
        toggles.push(...(await latenciesSince(page, 'click', before)));
        if ((await isChecked(page, toggle)) === wasChecked)
          throw new Error(`the press did not toggle ${toggle}`);
      }
    }
    await close();
  }
  const switchSegment = await read(page, 'opened');

  // Saving: the saves above, plus one per separate edit of a name (each waits past the
  // debounce), so the median rests on enough of them.
  await (await cardButton(page, first.id, 'Edit')).click();
  await page.locator(byFieldId(first.id, 'name')).click();
  for (let i = 0; i < SEPARATE_EDITS; i++) {
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    await page.waitForTimeout(1000);
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  const writes = await canvasWrites(page);
  const saves = await read(page, 'saves');
  await context.close();

  return {
    segments: SEGMENTS,
    typing: summarize(typing),
    toggle: summarize(toggles),
    switchSegment: summarize(switchSegment),
    closeEditor: summarize(closings),
    save: {
      ms: summarize(saves),
      stringifyMs: summarize(writes.map((w) => w.stringifyMs)),
      setItemMs: summarize(writes.map((w) => w.ms)),
      bytes: writes.at(-1)?.size ?? 0,
      writesDuringTyping,
      keystrokes: text.length,
    },
  };
}
