/** Steps of the live-class browser tests: an instructor creates a class, students join it. */
import type { Page } from 'playwright-core';

import { openApp, type AppPage } from './browser';
import { classroomMenu, modal } from './screens';

/** The instructor creates a class from the Classroom menu; returns the join link's path. */
export async function createLiveClass(page: Page, title: string): Promise<string> {
  await classroomMenu(page, 'Live class');
  const dialog = await modal(page, 'Live class');
  await dialog.getByLabel('Class title').fill(title);
  await dialog.getByRole('button', { name: 'Create the class' }).click();
  const link = await dialog.getByLabel('Join link').inputValue();
  return new URL(link).hash ? `/${new URL(link).hash}` : link;
}

/** Opens a join or team link in a fresh browser profile and joins under `name`. */
export async function joinByLink(
  origin: string,
  path: string,
  name: string,
  allowErrors: RegExp[] = [],
): Promise<AppPage> {
  const app = await openApp({ origin, path, allowErrors });
  const dialog = await modal(app.page, /Join/);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await liveBar(app.page).getByText('Saved on the server').waitFor({ timeout: 20_000 });
  return app;
}

export const liveBar = (page: Page) => page.getByRole('region', { name: 'Live class' });

/** The instructor opens a student's canvas from the class's list (it refreshes itself). */
export async function openStudentCanvas(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Live class' });
  const open = dialog.getByRole('button', { name: `Open ${name}’s canvas` });
  await dialog.getByRole('button', { name: 'Refresh the list' }).click();
  await open.waitFor({ timeout: 10_000 });
  await open.click();
  await dialog.getByRole('heading', { name: `${name}’s canvas` }).waitFor();
  await dialog.getByText('Connected').waitFor({ timeout: 20_000 });
  return dialog;
}
