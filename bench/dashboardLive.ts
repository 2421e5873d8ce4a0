/**
 * The instructor's class dashboard with a live class of 40 (issue 16): every student edits
 * their canvas once a second (Node clients on the real server) while the instructor types in the
 * dashboard's filter field; the figure is the input-to-paint of those keystrokes, as Chromium's
 * Event Timing measures it (the INP of the page while all 40 cards update).
 */
import type { Browser } from 'playwright-core';
import type * as Y from 'yjs';

import { CANVAS_KEY } from '@/collab';
import { getExampleCanvases } from '@/domain/examples';
import { STORAGE_KEYS } from '@/persistence/storageKeys';

import { buildServer } from '../server/build.mjs';
import { connectClient, type LiveClient } from '../tests/server/support/liveClient';
import { joinClass, startLiveServer } from '../tests/server/support/liveServer';
import { eventCount, INSTALL_PROBE, latenciesSince } from './interaction';
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
    const joinCode = await page.getByLabel('Class code').inputValue();

    const base = getExampleCanvases('es')[0]!;
    for (let i = 0; i < students; i++) {
      const joined = await joinClass(server, joinCode, `Estudiante ${i + 1}`);
      const client = connectClient(server.wsUrl, joined.documentName, joined.token, {
        canvas: base,
      });
      clients.push(client);
      await client.synced;
    }
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.class-card__live--connected').length === n,
      students,
      { timeout: 60_000 },
    );

    // Each student retypes their canvas's name once a second, spread over the second.
    let edits = 0;
    const timers = clients.map((client, i) => {
      const name = client.doc.getMap(CANVAS_KEY).get('name') as Y.Text;
      let n = 0;
      const edit = () => {
        client.doc.transact(() => {
          name.delete(0, name.length);
          name.insert(0, `Plan ${i + 1}.${n++}`);
        }, 'bench');
        edits++;
      };
      return setTimeout(
        () => {
          edit();
          timers[i] = setInterval(edit, 1000);
        },
        (1000 * i) / students,
      ) as NodeJS.Timeout;
    });

    const filter = page.getByLabel('Name or segment');
    await filter.focus();
    const before = await eventCount(page, 'keydown');
    const editsBefore = edits;
    const until = Date.now() + seconds * 1000;
    // "Estudiante" matches every card; Backspace brings the field back to where it started.
    while (Date.now() < until) {
      await page.keyboard.type('Estudiante', { delay: KEY_GAP_MS });
      for (let k = 0; k < 'Estudiante'.length; k++)
        await page.keyboard.press('Backspace', { delay: KEY_GAP_MS });
    }
    const typedEdits = edits - editsBefore;
    timers.forEach((t) => clearInterval(t));
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
