import { describe, expect, it } from 'vitest';

import { openApp, skipE2E, useBrowser } from './support/browser';
import { createLiveClass, joinByLink, liveBar, studentCard } from './support/live';
import { useLiveServer } from './support/liveServer';
import { addSegment, classroomMenu, modal } from './support/screens';

// While the server is down the browser logs the failed websocket attempts; they are expected.
const SOCKET_ERRORS = [/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/];

describe.skipIf(skipE2E)('live classes when things go wrong', () => {
  useBrowser();
  const server = useLiveServer();

  it('loses nothing when the server is killed mid-edit and restarted (L1)', async () => {
    const teacher = await openApp({ origin: server.url, allowErrors: SOCKET_ERRORS });
    const joinPath = await createLiveClass(teacher.page, 'Apagón');
    const student = await joinByLink(server.url, joinPath, 'Ana', SOCKET_ERRORS);
    await addSegment(student.page, 'Antes');
    await liveBar(student.page).getByText('Saved on the server').waitFor();

    // Killed while the student is typing a name: the rest is typed with no server at all.
    await student.page.getByRole('button', { name: 'Add segment' }).click();
    await expect
      .poll(() => student.page.evaluate(() => document.activeElement?.id ?? ''))
      .toMatch(/-name$/);
    await student.page.keyboard.type('Dur');
    await server.stop('SIGKILL');
    await liveBar(student.page).getByText('Reconnecting…', { exact: false }).waitFor();
    await student.page.keyboard.type('ante');
    await student.page.getByRole('button', { name: 'Done' }).click();

    await server.start();
    await liveBar(student.page).getByText('Saved on the server').waitFor({ timeout: 20_000 });
    await addSegment(student.page, 'Después');
    await liveBar(student.page).getByText('Saved on the server').waitFor({ timeout: 20_000 });

    // Killed again with no time to flush: the database holds every edit.
    await server.stop('SIGKILL');
    await server.start();
    await teacher.page.reload();
    await classroomMenu(teacher.page, 'Live class');
    const dialog = await modal(teacher.page, 'Live class');
    await dialog.getByRole('button', { name: 'Open “Apagón”' }).click();
    const view = await studentCard(teacher.page, 'Ana');
    for (const name of ['Antes', 'Durante', 'Después']) {
      await view.getByText(name).waitFor({ timeout: 15_000 });
      expect(await view.getByText(name).count()).toBe(1);
    }
    expect(await student.page.getByRole('button', { name: /^Edit / }).count()).toBe(3);
  }, 180_000); // two restarts of the server, on two busy cores

  it('keeps a live canvas working, marked offline, when no server answers (L5)', async () => {
    // The static test server has no live API and no websocket: as if the class server were down.
    const { page } = await openApp({ allowErrors: SOCKET_ERRORS });
    await page.getByRole('button', { name: 'Start a blank canvas' }).click();
    await page.locator('.canvas-board').waitFor();
    // The library index is written with the first save, a moment after the board shows.
    await page.waitForFunction(() => localStorage.getItem('bmc:index')?.includes('"activeId":"'));
    await page.evaluate(() => {
      const index = JSON.parse(localStorage.getItem('bmc:index') ?? '{}') as { activeId: string };
      const session = {
        canvasId: index.activeId,
        classId: 'c1',
        memberId: 'm1',
        token: 'tok',
        documentName: 'class/c1/canvas/k1',
        teamCode: 'TEAM',
        displayName: 'Ana',
        classTitle: 'Marketing',
      };
      localStorage.setItem(`vinculo:live:session:${index.activeId}`, JSON.stringify(session));
    });
    await page.reload();
    await liveBar(page)
      .getByText('Offline: your edits stay on this device')
      .waitFor({ timeout: 30_000 });
    await addSegment(page, 'Sin servidor');
    await page.getByRole('button', { name: 'Edit Sin servidor' }).waitFor();

    await classroomMenu(page, 'Live class');
    const dialog = await modal(page, 'Live class');
    await dialog.getByRole('button', { name: 'Create the class' }).click();
    await dialog
      .getByRole('alert')
      .getByText('The class server cannot be reached.', { exact: false })
      .waitFor();
  });
});
