import { describe, expect, it } from 'vitest';

import { runAxe } from './support/axe';
import { openApp, skipE2E, useBrowser } from './support/browser';
import { createLiveClass, joinByLink, studentCard } from './support/live';
import { useLiveServer } from './support/liveServer';
import { addSegment, modal } from './support/screens';

describe.skipIf(skipE2E)('comments on live canvases, against the real server', () => {
  useBrowser();
  const server = useLiveServer();

  it('puts the instructor’s comment on the student’s segment within a second; the student answers and resolves, and the instructor sees it', async () => {
    const teacher = await openApp({ origin: server.url });
    const joinPath = await createLiveClass(teacher.page, 'Comentarios');
    const student = await joinByLink(server.url, joinPath, 'Ana');
    await addSegment(student.page, 'Familias jóvenes');
    const card = await studentCard(teacher.page, 'Ana');
    await card.getByText('Familias jóvenes').waitFor();

    await card.getByRole('button', { name: 'Comments on Ana’s canvas' }).click();
    const view = await modal(teacher.page, 'Comments on Ana’s canvas');
    await view
      .getByLabel('Comments on', { exact: true })
      .selectOption({ label: 'Familias jóvenes' });
    const text = '<b>¿Cuántas familias?</b> <img src=x onerror=alert(1)>';
    await view.getByLabel('New comment on Familias jóvenes').fill(text);
    await view.getByRole('button', { name: 'Comment', exact: true }).click();
    await view.getByText(text, { exact: true }).waitFor();
    await teacher.page.keyboard.press('Escape');
    await card.getByRole('button', { name: 'Comments on Ana’s canvas, 1 open' }).waitFor();

    // In place: on that segment's card, within a second, and reachable by keyboard.
    const segment = student.page.locator('.segment-card', { hasText: 'Familias jóvenes' });
    const marker = segment.getByRole('button', { name: '1 open comment on Familias jóvenes' });
    await marker.waitFor({ timeout: 1000 });
    await marker.focus();
    await student.page.keyboard.press('Enter');
    const thread = await modal(student.page, 'Comments');
    // The markup is shown as the text it is.
    await thread.getByText(text, { exact: true }).waitFor();
    expect(await thread.locator('.comment__text *').count()).toBe(0);
    await thread.getByText('Instructor', { exact: true }).waitFor();

    await thread.getByLabel('Answer').fill('Unas 300 en el barrio');
    await thread.getByRole('button', { name: 'Send answer' }).click();
    await thread.getByText('Unas 300 en el barrio').waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(await runAxe(student.page)).toEqual([]);
    await student.page.keyboard.press('Escape');
    await segment
      .getByRole('button', { name: 'Comments on Familias jóvenes, all resolved' })
      .waitFor();

    // The instructor's card and view follow: the answer, signed by the student, and the resolution.
    const resolved = card.getByRole('button', { name: 'Comments on Ana’s canvas', exact: true });
    await resolved.waitFor({ timeout: 2000 });
    await resolved.click();
    await modal(teacher.page, 'Comments on Ana’s canvas');
    await view.getByText('Unas 300 en el barrio').waitFor({ timeout: 2000 });
    await view.getByText('Ana', { exact: true }).waitFor();
    await view.getByText('Resolved', { exact: true }).waitFor();
    expect(await runAxe(teacher.page)).toEqual([]);
  }, 120_000);
});
