/**
 * Runs before the rest of the first screen's code is evaluated (main.tsx imports it first, and
 * vite.config.ts puts it first in that chunk): what the first screen will wait for starts now,
 * in parallel with that evaluation (hundreds of milliseconds on a slow laptop) instead of after
 * it: the texts' downloads, and the browser's number data, loaded on another thread.
 */
import { prefetchFirstScreenTexts } from '@/i18n/prefetchTexts';
import { warmUpIntl } from '@/i18n/warmUpIntl';

import { initialLanguage } from './language';

warmUpIntl();
prefetchFirstScreenTexts(initialLanguage());
// One task's pause: the browser sends the requests above only once this task ends, and the
// rest of the chunk's evaluation (this module's importers wait for it) would hold them back.
await new Promise((resolve) => setTimeout(resolve, 0));
