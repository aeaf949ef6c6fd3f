import { expect, test } from '@playwright/test';

test.describe('locales', () => {
  test('/ sends a Russian reader to /ru and an English reader to /en', async ({ browser }) => {
    for (const [locale, prefix] of [['ru-RU', '/ru'], ['en-GB', '/en']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${prefix}$`));
      await context.close();
    }
  });

  test('each locale serves its home page in its own language', async ({ page }) => {
    const en = await page.goto('/en');
    expect(en?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('International counter-terrorism cooperation');

    const ru = await page.goto('/ru');
    expect(ru?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Международное антитеррористическое сотрудничество');
  });

  test('the home page counts the seeded records with Russian plural forms', async ({ page }) => {
    await page.goto('/ru');
    await expect(page.getByText(/^5 документов-источников$/)).toBeVisible();
  });

  test('the language switcher keeps the path, the query and the #anchor', async ({ page }) => {
    await page.goto('/en/no-such-page?q=csto#p-4');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/no-such-page\?q=csto#p-4$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('an unknown page answers 404 in the reader\'s language', async ({ page }) => {
    const en = await page.goto('/en/this/does/not/exist');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const ru = await page.goto('/ru/this/does/not/exist');
    expect(ru?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
    await page.getByRole('link', { name: 'На главную' }).click();
    await expect(page).toHaveURL(/\/ru$/);
  });

  test('a skip link leads keyboard users to the content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
  });
});

test('GET /api/health reports the embedded database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'embedded' });
});
