/**
 * `npm run screenshots`: pictures of the main pages in both locales into docs/screenshots/,
 * taken in Debian's Chromium from a running site (BASE_URL, default http://localhost:3000).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fail, info } from './cli';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const shots = [
  ['home', ''],
  ['dossier', '/initiatives/operation-mercenary'],
  ['source-reader', '/sources/csto-statement-foreign-terrorist-fighters-2018'],
  ['organisation', '/organisations/csto'],
  ['search', '/search?q=%D0%9E%D0%94%D0%9A%D0%91'],
] as const;

const browser = await chromium
  .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  .catch((error: Error) => fail(`cannot start Chromium: ${error.message.split('\n')[0]}`, 'install it (apt-get install chromium) or set CHROMIUM_PATH.'));
mkdirSync('docs/screenshots', { recursive: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const locale of ['en', 'ru']) {
  for (const [name, path] of shots) {
    const response = await page.goto(`${base}/${locale}${path}`).catch(() => null);
    if (!response?.ok()) fail(`${base}/${locale}${path} did not answer 200.`, 'start the site first (npm start) or set BASE_URL.');
    await page.screenshot({ path: `docs/screenshots/${name}-${locale}.png` });
    info(`docs/screenshots/${name}-${locale}.png`);
  }
}
await browser.close();
