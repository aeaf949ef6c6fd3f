import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './support/editors';

// The editors' pages meet the same accessibility bar as the reading pages, in both locales.
const pages = [
  '/admin',
  '/admin/statements',
  '/admin/statements/new',
  '/admin/organisations/csto',
  '/admin/organisations/csto/history?from=1&to=1',
  '/admin/organisations/csto/preview',
  '/admin/translations',
  '/admin/audit',
  '/admin/alerts',
  '/admin/users',
  '/admin/account',
];

for (const locale of ['en', 'ru'] as const) {
  test(`axe: no serious or critical violations on the editors' pages in /${locale}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/admin/sign-in`);
    const signInResults = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(signInResults.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await signIn(page, 'admin', locale);
    for (const path of pages) {
      await page.goto(`/${locale}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }
  });
}
