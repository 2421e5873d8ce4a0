import { describe, it } from 'vitest';

import { openApp, useBrowser } from '../support/browser';

describe('dbg', () => {
  useBrowser();
  it('dbg', async () => {
    const { page } = await openApp({ allowErrors: [/./] });
    page.on('console', (m) => console.log('P', m.type(), m.text()));
    await page.getByRole('button', { name: 'Start a blank canvas' }).click();
    await page.locator('.canvas-board').waitFor();
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
    await new Promise((r) => setTimeout(r, 6000));
    console.log('LS', await page.evaluate(() => JSON.stringify(localStorage)));
    console.log(
      'BAR',
      await page.locator('.live-bar').count(),
      await page
        .locator('.live-bar')
        .innerText()
        .catch(() => 'none'),
    );
  });
});
