import { expect, test } from '@playwright/test';

const slug = 'csto-statement-foreign-terrorist-fighters-2018';
const path = `/en/sources/${slug}`;

test.describe('source reader', () => {
  test('shows the Russian original beside the English translation, paragraph by paragraph', async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Collective Security Council');
    await expect(page.getByText('Original: Russian')).toBeVisible();
    await expect(page.getByText("The English column is the knowledge base's own translation")).toBeVisible();
    await expect(page.getByText('Original · Russian').first()).toBeVisible();
    await expect(page.getByText('Translation · English').first()).toBeVisible();

    const row = page.locator('#p-4');
    await expect(row).toContainText('¶ 4');
    const original = row.locator('[lang="ru"]');
    const translation = row.locator('[lang="en"]');
    await expect(original).toContainText('Мы, члены Совета коллективной безопасности');
    await expect(translation).toContainText('We, the members of the Collective Security Council');

    // Side by side and level: the original on the left, both starting at the same height.
    const left = await original.boundingBox();
    const right = await translation.boundingBox();
    expect(left && right && left.x < right.x).toBe(true);
    expect(Math.abs((left?.y ?? 0) - (right?.y ?? 100))).toBeLessThan(2);

    await expect(page.locator('meta[name="citation_language"]')).toHaveAttribute('content', 'ru');
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2018/11/08');
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', /^Заявление Совета коллективной безопасности/);
  });

  test('a link to a paragraph targets it, and keeps it across a language switch', async ({ page }) => {
    await page.goto(`${path}#p-4`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-4');
    await expect(page.locator('#p-4')).toBeInViewport();

    const russian = page.getByRole('link', { name: 'Русский' });
    await expect(russian).toHaveAttribute('href', /#p-4$/);
    await russian.click();
    await expect(page).toHaveURL(new RegExp(`/ru/sources/${slug}#p-4$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText('Оригинал: русский язык')).toBeVisible();
    await expect(page.locator('#p-4')).toHaveAttribute('data-targeted', 'true');
    await expect(page.locator('#p-4')).toBeInViewport();

    // Opened directly, the Russian page targets the same paragraph.
    await page.goto(`/ru/sources/${slug}#p-4`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-4');
  });

  test('shows one language on request, and side by side again', async ({ page }) => {
    await page.goto(path);
    await page.getByRole('link', { name: 'Original only · Russian' }).click();
    await expect(page).toHaveURL(/\?view=original$/);
    await expect(page.getByRole('link', { name: 'Original only · Russian' })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#p-4 [lang="ru"]')).toBeVisible();
    await expect(page.locator('#p-4 [lang="en"]')).toHaveCount(0);

    await page.getByRole('link', { name: 'Translation only · English' }).click();
    await expect(page).toHaveURL(/\?view=translation$/);
    await expect(page.locator('#p-4 [lang="en"]')).toBeVisible();
    await expect(page.locator('#p-4 [lang="ru"]')).toHaveCount(0);

    await page.getByRole('link', { name: 'Side by side' }).click();
    await expect(page.locator('#p-4 [lang="ru"]')).toBeVisible();
    await expect(page.locator('#p-4 [lang="en"]')).toBeVisible();
  });

  test('the copy-link button is reachable by keyboard and copies the paragraph URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(path);
    const third = page.getByRole('button', { name: 'Copy link to paragraph 3' });
    const fourth = page.getByRole('button', { name: 'Copy link to paragraph 4' });
    await third.focus();
    await page.keyboard.press('Tab');
    await expect(fourth).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#p-4').getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#p-4`);
  });

  test('works without JavaScript: paragraph links and the one-language view', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Link to paragraph 4' })).toHaveAttribute('href', '#p-4');
    await page.getByRole('link', { name: 'Original only · Russian' }).click();
    await expect(page).toHaveURL(/\?view=original$/);
    await expect(page.locator('#p-4 [lang="en"]')).toHaveCount(0);
    await context.close();
  });

  test('lists the records drawn from the document, with the paragraphs they cite', async ({ page }) => {
    await page.goto(path);
    const citedBy = page.getByRole('region', { name: 'Records drawn from this document' });
    await expect(citedBy.getByRole('heading', { name: /^Statements/ })).toBeVisible();
    const statement = citedBy.locator('a[href^="/en/statements/"]').first();
    await expect(statement).toBeVisible();
    await expect(citedBy.locator('a[href^="#p-"]').first()).toBeVisible();
  });

  test('an unknown view falls back to side by side; an unknown source is a 404', async ({ page }) => {
    const response = await page.goto(`${path}?view=nonsense&view=both`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('#p-4 [lang="en"]')).toBeVisible();
    const missing = await page.goto('/en/sources/no-such-source');
    expect(missing?.status()).toBe(404);
  });
});
