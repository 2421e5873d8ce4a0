import type { TestProject } from 'vitest/node';

import { findChromium, SKIP_ENV } from './support/chromium';
import { startServer } from './support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    skipE2E: boolean;
  }
}

export default async function setup(project: TestProject) {
  if (process.env[SKIP_ENV] === '1' && !process.env.CI) {
    console.warn(`[e2e] ${SKIP_ENV}=1: browser tests are skipped.`);
    project.provide('skipE2E', true);
    project.provide('baseURL', '');
    project.provide('chromiumPath', '');
    return;
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'Browser tests need Chromium, which was not found.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  Or point CHROMIUM_PATH at a Chromium binary.\n' +
        `  To skip browser tests locally: ${SKIP_ENV}=1 npm test (CI never skips them).`,
    );
  }
  const server = await startServer();
  console.log(`[e2e] serving dist/ at ${server.url} with ${chromiumPath}`);
  project.provide('skipE2E', false);
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
