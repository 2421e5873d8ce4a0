/** Steps of the live-class browser tests: an instructor creates a class, students join it. */
import type { Page } from 'playwright-core';

import { openApp, type AppPage } from './browser';
import { classroomMenu, modal } from './screens';

/**
 * The instructor creates a class from the Classroom menu and lands on its class dashboard;
 * returns the join link's path, read from the dashboard.
 */
export async function createLiveClass(page: Page, title: string): Promise<string> {
  await classroomMenu(page, 'Live class');
  const dialog = await modal(page, 'Live class');
  await dialog.getByLabel('Class title').fill(title);
  await dialog.getByRole('button', { name: 'Create the class' }).click();
  await page.getByRole('heading', { level: 2, name: `Live class: ${title}` }).waitFor();
  const link = await page.getByLabel('Join link').inputValue();
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

/**
 * A student's card on the instructor's class dashboard, once it is connected: the list is
 * refreshed on demand rather than waiting for the next periodic refresh.
 */
export async function studentCard(page: Page, name: string) {
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  const card = page.getByRole('article', { name, exact: true });
  await card.waitFor({ timeout: 10_000 });
  await card.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
  return card;
}
