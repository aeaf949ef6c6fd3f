import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('counts what the knowledge base holds, each count leading to its list', async ({ page }) => {
    await page.goto('/en');
    const holdings = page.getByRole('region', { name: 'What the knowledge base holds' });
    await expect(holdings.getByRole('link', { name: '5 source documents' })).toHaveAttribute('href', '/en/sources');
    await expect(holdings.getByRole('link', { name: /^\d+ statements$/ })).toHaveAttribute('href', '/en/statements');
    await expect(holdings.getByRole('link', { name: /^\d+ organisations$/ })).toHaveAttribute('href', '/en/organisations');

    await page.goto('/ru');
    await expect(page.getByRole('link', { name: /^\d+ заявлени(е|я|й)$/ })).toHaveAttribute('href', '/ru/statements');
  });

  test('lists the latest statements, linking to their pages', async ({ page }) => {
    await page.goto('/en');
    const latest = page.getByRole('region', { name: 'Latest statements' });
    const links = latest.locator('a[href^="/en/statements/"]');
    await expect(links).toHaveCount(5);
    const first = links.first();
    const name = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.waitForURL(/\/en\/statements\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name.slice(0, 20));
  });

  test('shows recent conferences and main initiatives', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('region', { name: 'Recent conferences and meetings' }).locator('a[href^="/en/conferences/"]')).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Main initiatives' }).locator('a[href^="/en/initiatives/"]')).toHaveCount(5);
  });

  test('has a labelled search box that searches through a plain GET form', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('searchbox', { name: 'Search the knowledge base' });
    await expect(box).toBeVisible();
    await box.fill('CSTO');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=CSTO$/);
  });
});

test.describe('discovery', () => {
  test('the sitemap lists both language versions of a record, with hreflang alternates', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const record = 'sources/csto-statement-foreign-terrorist-fighters-2018';
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/en/${record}</loc>`));
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/ru/${record}</loc>`));
    expect(xml).toMatch(new RegExp(`hreflang="ru" href="https?://[^"]+/ru/${record}"`));
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/en\/timeline<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/ru\/network<\/loc>/);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/en\/map<\/loc>/);
  });

  test('robots.txt points at the sitemap and keeps crawlers out of admin and the API', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(text).toContain('Disallow: /en/admin');
    expect(text).toContain('Disallow: /api/');
  });
});

test.describe('timeline', () => {
  test('puts dated records under their year and filters them by type', async ({ page }) => {
    await page.goto('/en/timeline');
    const year = page.getByRole('region', { name: /^2018/ });
    await expect(year.getByRole('heading', { name: /^2018/ })).toBeVisible();
    await expect(year.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByText('Statement', { exact: true }).first()).toBeVisible();

    for (const type of ['Statements', 'Initiatives', 'Source documents']) await page.getByRole('checkbox', { name: type }).uncheck();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    // A plain GET form: empty selects travel too (organisation=&initiative=) and mean "any".
    await expect(page).toHaveURL(/\/en\/timeline\?type=conference&/);
    await expect(page.getByRole('checkbox', { name: 'Statements' })).not.toBeChecked();
    const items = page.getByRole('region', { name: 'Dated records' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) await expect(item).toContainText('Conference');
    await expect(page.getByRole('region', { name: 'Dated records' }).getByText('Statement', { exact: true })).toHaveCount(0);
  });

  test('bad parameters never break it', async ({ page }) => {
    const response = await page.goto('/en/timeline?type=bogus&page=-1&organisation=%25%25&foo=bar');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('ignored');
    const far = await page.goto('/en/timeline?page=999');
    expect(far?.status()).toBe(200);
    await expect(page.getByRole('link', { name: 'Go to the first page' })).toBeVisible();
  });
});
