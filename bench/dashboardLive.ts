/**
 * The instructor's class dashboard with a live class of 40 (issue 16): every student edits
 * their canvas once a second (Node clients on the real server) while the instructor types in the
 * dashboard's filter field; the figure is the input-to-paint of those keystrokes, as Chromium's
 * Event Timing measures it (the INP of the page while all 40 cards update).
 */
import type { Browser } from 'playwright-core';
import { STORAGE_KEYS } from '@/persistence/storageKeys';

import { buildServer } from '../server/build.mjs';
import type { LiveClient } from '../tests/server/support/liveClient';
import { startLiveServer } from '../tests/server/support/liveServer';
import { eventCount, INSTALL_PROBE, latenciesSince } from './interaction';
import { editEverySecond, joinStudents } from './liveStudents';
import { summarize, type Summary } from './stats';

export type DashboardLiveResult = {
  students: number;
  seconds: number;
  /** canvas edits the students made while the instructor typed */
  edits: number;
  keystrokes: number;
  inputToPaint: Summary;
};

const KEY_GAP_MS = 120;

export async function benchDashboardLive(
  browser: Browser,
  dist: string,
  { students = 40, seconds = 20 } = {},
): Promise<DashboardLiveResult> {
  await buildServer();
  const server = await startLiveServer({ env: { VINCULO_DIST_DIR: dist } });
  const clients: LiveClient[] = [];
  const context = await browser.newContext({
    locale: 'en',
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(INSTALL_PROBE, STORAGE_KEYS.canvasPrefix);
    const page = await context.newPage();
    await page.goto(server.url);
    // The instructor creates the class and lands on its dashboard, as in the app.
    await page.getByRole('button', { name: /^Classroom/, disabled: false }).click();
    await page.getByRole('button', { name: 'Live class', exact: true }).click();
    await page.getByLabel('Class title').fill('Bench');
    await page.getByRole('button', { name: 'Create the class' }).click();
    // The invite's code, not the join form's field of the same name (its dialog may still be closing).
    const joinCode = await page.locator('.live-invite').getByLabel('Class code').inputValue();

    clients.push(...(await joinStudents(server, joinCode, students)).map((s) => s.client));
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.class-card__live--connected').length === n,
      students,
      { timeout: 60_000 },
    );

    const editing = editEverySecond(clients, (i, n) => `Plan ${i + 1}.${n}`);

    const filter = page.getByLabel('Name or segment');
    await filter.focus();
    const before = await eventCount(page, 'keydown');
    const editsBefore = editing.edits();
    const until = Date.now() + seconds * 1000;
    // "Estudiante" matches every card; Backspace brings the field back to where it started.
    while (Date.now() < until) {
      await page.keyboard.type('Estudiante', { delay: KEY_GAP_MS });
      for (let k = 0; k < 'Estudiante'.length; k++)
        await page.keyboard.press('Backspace', { delay: KEY_GAP_MS });
    }
    const typedEdits = editing.edits() - editsBefore;
    editing.stop();
    const latencies = await latenciesSince(page, 'keydown', before);
    return {
      students,
      seconds,
      edits: typedEdits,
      keystrokes: latencies.length,
      inputToPaint: summarize(latencies),
    };
  } finally {
    clients.forEach((c) => c.close());
    await context.close();
    await server.stop();
  }
}
