import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { readCanvasData, writeCanvas } from '@/collab';
import type { Canvas } from '@/domain';

import { runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { createLiveClass, joinByLink, liveBar, studentCard } from './support/live';
import { useLiveServer } from './support/liveServer';
import { addSegment, modal } from './support/screens';

describe.skipIf(skipE2E)('live classes against the real server', () => {
  useBrowser();
  const server = useLiveServer();

  it('shows a student’s edit to the instructor within a second', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Marketing 2');
    expect(joinPath).toMatch(/^\/#\/live\/join\/[0-9A-Z-]+$/);

    const student = await joinByLink(server.url, joinPath, 'Ana');
    await student.page.getByRole('heading', { level: 1, name: 'Marketing 2 — Ana' }).waitFor();
    const view = await studentCard(teacher.page, 'Ana');

    await addSegment(student.page, 'Familias jóvenes');
    await view.getByText('Familias jóvenes').waitFor({ timeout: 1000 });
  });

  it('keeps both edits when two teammates change different fields of one segment at once (L3)', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Equipo');
    const ana = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(ana.page, 'Cafeterías');

    const bar = liveBar(ana.page);
    await bar.getByRole('button', { name: 'Invite a teammate' }).click();
    const teamLink = new URL(await bar.getByLabel('Team link').inputValue());
    expect(teamLink.hash).toMatch(/^#\/live\/team\//);
    const luis = await joinByLink(server.url, `/${teamLink.hash}`, 'Luis');
    await luis.page.getByRole('button', { name: 'Edit Cafeterías' }).waitFor();

    // Both offline, so the two edits are truly concurrent; both come back together.
    await ana.context.setOffline(true);
    await luis.context.setOffline(true);
    await liveBar(ana.page).getByText('Offline').waitFor();
    await ana.page.getByRole('button', { name: 'Edit Cafeterías' }).click();
    const anaDialog = await modal(ana.page);
    await anaDialog.getByLabel('Name', { exact: true }).fill('Cafeterías de barrio');
    await anaDialog.getByRole('button', { name: 'Done' }).click();
    await luis.page.getByRole('button', { name: 'Edit Cafeterías' }).click();
    const luisDialog = await modal(luis.page);
    await luisDialog.getByLabel('Size (customers)', { exact: true }).fill('1234');
    await luisDialog.getByRole('button', { name: 'Done' }).click();
    await ana.context.setOffline(false);
    await luis.context.setOffline(false);

    for (const page of [ana.page, luis.page]) {
      const card = page.locator('.segment-card', { hasText: 'Cafeterías de barrio' });
      await card.getByText('1,234 customers').waitFor({ timeout: 15_000 });
      await liveBar(page).getByText('Saved on the server').waitFor({ timeout: 15_000 });
    }
  });

  it('merges a segment added offline once the connection returns, and only once (L2)', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Sin red');
    const student = await joinByLink(server.url, joinPath, 'Eva');
    const view = await studentCard(teacher.page, 'Eva');

    await student.context.setOffline(true);
    await liveBar(student.page).getByText('Offline: your edits stay on this device').waitFor();
    await addSegment(student.page, 'Hecho sin red');
    await student.context.setOffline(false);

    await liveBar(student.page).getByText('Saved on the server').waitFor({ timeout: 15_000 });
    await view.getByText('Hecho sin red').waitFor({ timeout: 15_000 });
    expect(await view.getByText('Hecho sin red').count()).toBe(1);
    expect(await student.page.getByRole('button', { name: 'Edit Hecho sin red' }).count()).toBe(1);
  });

  it('keeps offline edits through a reload with no network, and merges them on return', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Recarga');
    const student = await joinByLink(server.url, joinPath, 'Iris', [/ERR_INTERNET_DISCONNECTED/]);
    const view = await studentCard(teacher.page, 'Iris');
    // The app itself must load offline: wait until the service worker controls the page.
    await student.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });

    await student.context.setOffline(true);
    await liveBar(student.page).getByText('Offline', { exact: false }).waitFor();
    await addSegment(student.page, 'Antes de recargar');
    await student.page.reload();
    await student.page.getByRole('button', { name: 'Edit Antes de recargar' }).waitFor();
    await liveBar(student.page).getByText('Offline', { exact: false }).waitFor();
    await student.context.setOffline(false);

    await liveBar(student.page).getByText('Saved on the server').waitFor({ timeout: 20_000 });
    await view.getByText('Antes de recargar').waitFor({ timeout: 15_000 });
    expect(await view.getByText('Antes de recargar').count()).toBe(1);
  });

  it('refuses a student who asks for another student’s canvas, and shows nothing of it (L7)', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Privado');
    const ana = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(ana.page, 'Secreto de Ana');
    await liveBar(ana.page).getByText('Saved on the server').waitFor();
    const anaDocument = await ana.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('vinculo:live:session:'));
      return key
        ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { documentName: string }).documentName
        : '';
    });

    const bea = await joinByLink(server.url, joinPath, 'Bea');
    // Bea's browser asks for Ana's document with Bea's own token.
    await bea.page.evaluate((documentName) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('vinculo:live:session:'));
      if (!key) throw new Error('no live session');
      const session = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
      localStorage.removeItem(key.replace(':session:', ':doc:'));
      localStorage.setItem(key, JSON.stringify({ ...session, documentName }));
    }, anaDocument);
    await bea.page.reload();
    await liveBar(bea.page)
      .getByRole('alert')
      .getByText('The server did not accept this class link.', { exact: false })
      .waitFor({ timeout: 15_000 });
    expect(await bea.page.getByText('Secreto de Ana').count()).toBe(0);
    await liveBar(bea.page).getByText('Offline').waitFor();
  });

  it('refuses an update that would break the canvas, puts the sender back on the server’s copy and says so (L8)', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Esquema');
    const ana = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(ana.page, 'Hoteles');
    await liveBar(ana.page).getByText('Saved on the server').waitFor();

    // Leaving the app page writes the browser's copy of the document (pagehide); on a page of the
    // same origin that runs no app, that copy is damaged as a faulty client would: a negative size.
    await ana.page.goto(`${server.url}/health`);
    const stored = await ana.page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('vinculo:live:doc:'));
      return key ? { key, value: localStorage.getItem(key) ?? '' } : null;
    });
    if (!stored) throw new Error('no stored live document');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(stored.value, 'base64'));
    const data = readCanvasData(doc) as Canvas;
    const [first, ...rest] = data.segments;
    if (!first) throw new Error('no segment in the stored document');
    writeCanvas(doc, { ...data, segments: [{ ...first, name: 'Roto', size: -5 }, ...rest] });
    const damaged = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    await ana.page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: stored.key,
      value: damaged,
    });

    await ana.page.goto(server.url);
    await liveBar(ana.page)
      .getByRole('alert')
      .getByText('would make the canvas invalid', { exact: false })
      .waitFor({ timeout: 15_000 });
    await liveBar(ana.page)
      .getByRole('status')
      .getByText('Saved on the server')
      .waitFor({ timeout: 20_000 });
    await ana.page.locator('.segment-card', { hasText: 'Hoteles' }).waitFor();
    expect(await ana.page.getByText('Roto').count()).toBe(0);

    // The server kept the valid copy and goes on serving: the instructor sees it, and Ana's next
    // edit reaches it.
    const view = await studentCard(teacher.page, 'Ana');
    await view.getByText('Hoteles').waitFor();
    await addSegment(ana.page, 'Después');
    await view.getByText('Después').waitFor({ timeout: 5_000 });
    expect(await view.getByText('Roto').count()).toBe(0);
  });

  it('is clean under axe and usable by keyboard, from creating a class to copying its link', async () => {
    const teacher = await openApp({ origin: server.url, lang: 'es' });
    const { page } = teacher;
    // The enabled menu button, not the placeholder shown while the menu's code loads.
    await page.getByRole('button', { name: /^Aula/, disabled: false }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Clase en directo', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = await modal(page, 'Clase en directo');
    await dialog.getByLabel('Título de la clase').waitFor();
    expect(await runAxe(page)).toEqual([]);

    await dialog.getByLabel('Título de la clase').focus();
    await page.keyboard.type('Clase de prueba');
    await page.keyboard.press('Enter');
    // The class opens on the class dashboard, whose title takes the keyboard's focus.
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    const link = page.getByLabel('Enlace para unirse');
    await link.waitFor();
    await page.getByText('Aún no se ha unido nadie', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Panel de la clase',
    );
    expect(await runAxe(page)).toEqual([]);

    await link.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Copiar el enlace para unirse',
    );
  });
});
