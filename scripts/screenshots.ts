/**
 * `npm run screenshots`: pictures of the main pages in both locales into docs/screenshots/,
 * taken in Debian's Chromium from a running site (BASE_URL, default http://localhost:3000).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fail, info } from './cli';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
// [file name, path, and optionally the section to picture (a chart further down), by its heading's id].
const shots: [string, string, string?][] = [
  ['home', ''],
  ['dossier', '/initiatives/operation-mercenary'],
  ['source-reader', '/sources/csto-statement-foreign-terrorist-fighters-2018'],
  ['organisation', '/organisations/csto'],
  ['search', '/search?q=%D0%9E%D0%94%D0%9A%D0%91'],
  ['network', '/network', 'network-results'],
  ['map', '/map', 'map-results'],
  ['timeline-chart', '/timeline', 'timeline-chart'],
  ['local-network', '/organisations/csto-collective-security-council', 'local-network'],
];

const browser = await chromium
  .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  .catch((error: Error) => fail(`cannot start Chromium: ${error.message.split('\n')[0]}`, 'install it (apt-get install chromium) or set CHROMIUM_PATH.'));
mkdirSync('docs/screenshots', { recursive: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const locale of ['en', 'ru']) {
  for (const [name, path, part] of shots) {
    const response = await page.goto(`${base}/${locale}${path}`, { waitUntil: 'networkidle' }).catch(() => null);
    if (!response?.ok()) fail(`${base}/${locale}${path} did not answer 200.`, 'start the site first (npm start) or set BASE_URL.');
    const file = `docs/screenshots/${name}-${locale}.png`;
    if (part) await page.locator(`section[aria-labelledby="${part}"]`).screenshot({ path: file });
    else await page.screenshot({ path: file });
    info(file);
  }
}
await browser.close();
