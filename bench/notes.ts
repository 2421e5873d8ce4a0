import type { Browser, ElementHandle, Locator, Page } from 'playwright-core';

import { createEmptyCanvas, createNote, NOTE_BLOCKS, type Canvas } from '@/domain';
import { STORAGE_KEYS } from '@/persistence/storageKeys';

import { throttle, WATCH_INTERACTIVE } from './browser';
import { busyMeter } from './busy';
import { eventCount, INSTALL_PROBE, latenciesSince, typingLatencies } from './interaction';
import { seedLibrary } from './seed';
import { round, summarize, type Summary } from './stats';
import { interactiveAt } from './visits';

export type AddNotesResult = {
  /** main-thread busy for all of them, from the first click to the save after the last */
  busyMs: number;
  /** main-thread busy per note (or per click, for the floor), in order */
  perItemMs: number[];
  /** click to next paint, Event Timing (16 ms floor) */
  clicks: Summary;
};

export type NotesResult = {
  cpuThrottle: number;
  floor: AddNotesResult;
  vinculo: AddNotesResult;
  /** what a person does for the 50 notes: a click, each key of "Note 12", a Tab */
  inputs: number;
  /** typing in one note with 100 notes on the board */
  typing: Summary;
  typingNotes: number;
};

const COUNT = 50;
const BLOCK = 'valuePropositions';
/** Enough for a slow keystroke's paint to land and be reported before reading. */
const SETTLE_MS = 1500;
const ADD_NOTE = /^\+?\s*(Add note|Añadir nota)$/;
const noteText = (i: number) => `Note ${i + 1}`;

async function openPage(browser: Browser, url: string, canvas?: Canvas) {
  const context = await browser.newContext({
    locale: 'en',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  if (canvas) await seedLibrary(context, canvas, 'en');
  await context.addInitScript(WATCH_INTERACTIVE);
  await context.addInitScript(INSTALL_PROBE, STORAGE_KEYS.canvasPrefix);
  const page = await context.newPage();
  await page.goto(url);
  await interactiveAt(page);
  // Whatever loads after the first screen (texts, editors, drag and drop) is in, before timing.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  return { context, page };
}

/**
 * The button a person sees by its label, found once before timing: a role query per click
 * computes the accessible name of every button on the page, on the page's main thread (about
 * a third of a second per click at 45 notes, 4×, in a profile), which a person's click does not cost.
 */
async function buttonByLabel(page: Page, locator: Locator): Promise<ElementHandle> {
  const handle = await locator.elementHandle();
  if (!handle) throw new Error(`${page.url()}: no button labelled "Add note"`);
  return handle;
}

/** Busy per item of `act` run `count` times, plus the save that follows the last. */
async function timeEach(page: Page, count: number, act: (i: number) => Promise<void>) {
  const busy = await busyMeter(page);
  const clicksBefore = await eventCount(page, 'click');
  const start = await busy();
  const perItemMs: number[] = [];
  let last = start;
  for (let i = 0; i < count; i++) {
    await act(i);
    const now = await busy();
    perItemMs.push(round(now - last, 1));
    last = now;
  }
  const clicks = await latenciesSince(page, 'click', clicksBefore, SETTLE_MS);
  // The debounced save of the last edit belongs to the work.
  return { busyMs: round((await busy()) - start, 0), perItemMs, clicks: summarize(clicks) };
}

/** The floor's one button, clicked 50 times the same way (Playwright's click, 4× throttle). */
async function floorClicks(browser: Browser, url: string, rate: number) {
  const { context, page } = await openPage(browser, url);
  await throttle(page, rate);
  const button = await buttonByLabel(page, page.getByRole('button', { name: ADD_NOTE }));
  const result = await timeEach(page, COUNT, () => button.click());
  await context.close();
  return result;
}

/**
 * Fifty notes added the way a person does, into one block of a blank canvas: click "+ Add note",
 * type "Note 12", Tab; at 4× throttle.
 */
async function vinculoNotes(browser: Browser, url: string, rate: number) {
  const blank = createEmptyCanvas({ name: 'Notes', currency: 'EUR', locale: 'en' });
  const { context, page } = await openPage(browser, url, blank);
  await throttle(page, rate);
  const add = await buttonByLabel(
    page,
    page.locator(`article[data-block="${BLOCK}"]`).getByRole('button', { name: ADD_NOTE }),
  );
  const result = await timeEach(page, COUNT, async (i) => {
    await add.click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', null, {
      polling: 50,
    });
    await page.keyboard.type(noteText(i), { delay: 60 });
    await page.keyboard.press('Tab');
  });
  // The last note may still be in editing (Tab leaves it open): its text is in the textarea.
  const texts = await page.evaluate(
    (block) =>
      [...document.querySelectorAll(`article[data-block="${block}"] li.note`)].map(
        (li) => li.querySelector('textarea')?.value ?? li.querySelector('.note__text')?.textContent,
      ),
    BLOCK,
  );
  if (texts.length !== COUNT || texts[COUNT - 1] !== `Note ${COUNT}`)
    throw new Error(`expected ${COUNT} notes ending in "Note ${COUNT}": ${texts.join(', ')}`);
  await context.close();
  return result;
}

/** A blank canvas with `count` notes spread over the six note blocks. */
function canvasWithNotes(count: number): Canvas {
  const canvas = createEmptyCanvas({ name: 'Notes', currency: 'EUR', locale: 'en' });
  for (let i = 0; i < count; i++) {
    const block = NOTE_BLOCKS[i % NOTE_BLOCKS.length] ?? BLOCK;
    canvas[block].push(createNote(`Note ${i + 1}: a line or two of what the team knows here`));
  }
  return canvas;
}

/** Typing in one note with `count` notes on the board, 4× throttle: keydown to next paint. */
async function typingInNote(browser: Browser, url: string, rate: number, count: number) {
  const canvas = canvasWithNotes(count);
  const { context, page } = await openPage(browser, url, canvas);
  await throttle(page, rate);
  const note = canvas[BLOCK][0];
  if (!note) throw new Error('no note to edit');
  await page.locator(`[id="${note.id}-edit"]`).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', null, {
    polling: 50,
  });
  const latencies = await typingLatencies(page, ' typed with the board full', 3, SETTLE_MS);
  await context.close();
  return summarize(latencies);
}

/** The floor and Vínculo, one after the other in the same run, then typing in a full board. */
export async function benchNotes(
  browser: Browser,
  url: string,
  floorUrl: string,
  rate = 4,
): Promise<NotesResult> {
  const floor = await floorClicks(browser, floorUrl, rate);
  const vinculo = await vinculoNotes(browser, url, rate);
  const typingNotes = 100;
  const typing = await typingInNote(browser, url, rate, typingNotes);
  const inputs = Array.from({ length: COUNT }, (_, i) => noteText(i).length + 2).reduce(
    (a, b) => a + b,
  );
  return { cpuThrottle: rate, floor, vinculo, inputs, typing, typingNotes };
}
