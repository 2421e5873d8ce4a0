// Renders the PWA's PNG icons from public/icons/icon.svg with the Chromium the browser tests
// use (nothing is downloaded). Run after changing the SVG: node scripts/renderIcons.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

import { chromium } from 'playwright-core';

const ICONS = resolve(import.meta.dirname, '../public/icons');
const svg = readFileSync(resolve(ICONS, 'icon.svg'), 'utf8');
// A maskable icon must fill its square: platforms cut their own shape out of it.
const fullBleed = svg.replace(/ rx="\d+"/, '');

const OUTPUTS = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: fullBleed },
];

const executablePath =
  process.env.CHROMIUM_PATH || execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const { file, size, source } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    writeFileSync(resolve(ICONS, file), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
