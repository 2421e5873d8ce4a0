import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openApp, skipE2E, useBrowser } from './support/browser';

type Tree = { [key: string]: string | Tree };

/** Reads UI labels from the locale files, so the same story runs in both languages. */
function labels(lang: string) {
  const cache = new Map<string, Tree>();
  return (key: string, vars: Record<string, string> = {}) => {
    const [ns = '', path = ''] = key.split(':');
    if (!cache.has(ns))
      cache.set(ns, JSON.parse(readFileSync(join('locales', lang, `${ns}.json`), 'utf8')) as Tree);
    let node: string | Tree | undefined = cache.get(ns);
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`no text for ${key} in ${lang}`);
    return node.replace(/{{\s*(\w+)[^}]*}}/g, (_, name: string) => vars[name] ?? '');
  };
}

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function addSegment(
  page: Page,
  t: ReturnType<typeof labels>,
  name: string,
  size: string,
  arpu: string,
) {
  await page.getByRole('button', { name: t('editor:segment.add') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('segments:field.name'), { exact: true }).fill(name);
  await dialog.getByLabel(t('segments:field.size'), { exact: true }).fill(size);
  await dialog
    .getByLabel(t('segments:field.monthlyRevenuePerCustomer'), { exact: true })
    .fill(arpu);
  await dialog
    .getByRole('button', { name: t('common:action.close') })
    .first()
    .click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe.skipIf(skipE2E)('the whole story of a new user', () => {
  useBrowser();

  for (const lang of ['en', 'es'] as const) {
    it(`should walk from a blank canvas to a fixed warning and back with undo (${lang})`, async () => {
      const t = labels(lang);
      const { page } = await openApp({ lang, viewport: { width: 1280, height: 900 } });
      await page.getByRole('button', { name: t('editor:firstRun.blankAction') }).click();

      await addSegment(page, t, 'Cafés del barrio', '2000', '50');
      await addSegment(page, t, 'Oficinas', '120', '3000');

      // Relationships for the first segment.
      await page
        .getByRole('button', { name: new RegExp(`^${t('editor:segment.card.relationships')}`) })
        .first()
        .click();
      const workbench = page.getByRole('dialog');
      await workbench
        .getByRole('checkbox', { name: new RegExp(t('common:enum.relationshipType.self_service')) })
        .first()
        .check();
      await workbench
        .getByRole('checkbox', { name: t('enums:purpose.acquisition'), exact: true })
        .check();
      await workbench
        .getByRole('checkbox', { name: t('enums:purpose.retention'), exact: true })
        .check();

      // Tactics: one to get customers, one to keep them.
      await workbench.getByRole('tab', { name: t('workbench:tab.tactics') }).click();
      await workbench.getByRole('button', { name: t('workbench:tactics.get.add') }).click();
      await workbench.getByRole('button', { name: t('workbench:tactics.keep.add') }).click();
      await workbench
        .getByRole('button', { name: t('common:action.close') })
        .first()
        .click();

      // A channel for both segments, covering every phase but after-sales.
      await page.getByRole('button', { name: t('editor:channels.add') }).click();
      const channels = page.getByRole('dialog');
      await channels.getByLabel(t('channels:field.name'), { exact: true }).fill('Web');
      for (const phase of ['awareness', 'evaluation', 'purchase', 'delivery']) {
        await channels
          .getByRole('checkbox', { name: t(`common:enum.phase.${phase}`), exact: true })
          .check();
      }
      for (const segment of ['Cafés del barrio', 'Oficinas']) {
        await channels.getByRole('checkbox', { name: new RegExp(segment) }).check();
      }
      await channels
        .getByRole('button', { name: t('common:action.close') })
        .first()
        .click();

      // The warning appears …
      const warning = page.getByText(t('rules:CR13.message', { segment: 'Cafés del barrio' }), {
        exact: true,
      });
      await warning.first().waitFor();

      // … the user fixes it in the channel …
      await page.getByRole('button', { name: exact(t('editor:channels.openAll')) }).click();
      await page
        .getByRole('dialog')
        .getByRole('checkbox', { name: t('common:enum.phase.after_sales'), exact: true })
        .check();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('common:action.close') })
        .first()
        .click();
      await expect.poll(() => warning.count()).toBe(0);

      // … and undo brings it back.
      await page
        .getByRole('button', { name: new RegExp(t('common:action.undo')) })
        .first()
        .click();
      await warning.first().waitFor();
    });
  }
});
