import { expect, test } from '@playwright/test';

// The search as a reader uses it: one box for every record type in either language, facets that
// narrow and stay in the URL, suggestions under the box, and help when nothing is found.

test.describe('search', () => {
  test('"ОДКБ" typed in /ru/search finds the CSTO organisation, first', async ({ page }) => {
    await page.goto('/ru/search');
    const box = page.getByRole('combobox', { name: 'Поиск по базе знаний' });
    await box.fill('ОДКБ');
    await page.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/ru\/search\?q=%D0%9E%D0%94%D0%9A%D0%91$/);
    const results = page.getByRole('region', { name: 'Результаты' });
    const first = results.getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('Организация Договора о коллективной безопасности');
    await expect(first).toContainText('Организация');
    // The hit is highlighted in the snippets of the statements that name the CSTO.
    await expect(results.locator('mark', { hasText: 'ОДКБ' }).first()).toBeVisible();
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/ru\/organisations\/csto$/);
  });

  test('a facet click narrows the results and the URL keeps it', async ({ page }) => {
    await page.goto('/en/search?q=terrorism');
    const status = page.getByRole('status').filter({ hasText: /results?$/ });
    const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
    const types = page.getByRole('region', { name: 'Type' });
    await types.getByRole('link', { name: /^Statements/ }).click();
    await expect(page).toHaveURL(/[?&]type=statement(&|$)/);
    await expect(page).toHaveURL(/[?&]q=terrorism(&|$)/);
    const after = Number((await status.textContent())?.match(/\d+/)?.[0]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const items = page.getByRole('region', { name: 'Results' }).getByRole('listitem');
    for (const text of await items.allTextContents()) expect(text.startsWith('Statement')).toBe(true);
    await expect(page.getByRole('link', { name: 'Remove filter Type: Statements' })).toBeVisible();

    // A second facet combines with the first.
    await page.getByRole('region', { name: 'Original language' }).getByRole('link', { name: /^Russian/ }).click();
    await expect(page).toHaveURL(/type=statement/);
    await expect(page).toHaveURL(/lang=ru/);
    await page.reload();
    await expect(page.getByRole('link', { name: 'Remove filter Original language: Russian' })).toBeVisible();
    await page.getByRole('link', { name: 'Remove filter Type: Statements' }).click();
    await expect(page).not.toHaveURL(/type=/);
    await expect(page).toHaveURL(/lang=ru/);
  });

  test('suggestions appear under the box while typing "Kolo", and the keyboard chooses one', async ({ page }) => {
    await page.goto('/en/search');
    const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
    await box.pressSequentially('Kolo', { delay: 50 });
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const option = list.getByRole('option', { name: /Vladimir Kolokoltsev/ });
    await expect(option).toBeVisible();

    await box.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');

    await box.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/people\/vladimir-kolokoltsev$/);
  });

  test('Enter with no suggestion chosen searches for what was typed', async ({ page }) => {
    await page.goto('/en/search');
    const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
    await box.fill('Колокольцев');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\?q=/);
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('link', { name: 'Vladimir Kolokoltsev' })).toBeVisible();
  });

  test('a query that finds nothing says so and offers what it can', async ({ page }) => {
    await page.goto('/en/search?q=Kolokolcev');
    await expect(page.getByText('Nothing was found for “Kolokolcev”.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Did you mean' })).toBeVisible();
    await page.getByRole('link', { name: 'Search for “Vladimir Kolokoltsev”' }).click();
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('link', { name: 'Vladimir Kolokoltsev' })).toBeVisible();

    await page.goto('/en/search?q=ОДКБ+xylophonequark&type=person');
    await expect(page.getByText('Nothing was found for “ОДКБ xylophonequark” with these filters.')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Without the filter “Type: People”/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Collective Security Treaty Organization', exact: true })).toBeVisible();
    await page.getByRole('link', { name: /^Search for any of the words instead/ }).click();
    await expect(page).toHaveURL(/q=%D0%BE%D0%B4%D0%BA%D0%B1\+or\+xylophonequark/);
  });

  test('bad input answers a page, never an error', async ({ page }) => {
    for (const query of ['q=' + encodeURIComponent('"unbalanced (quote & | !'), 'q=' + 'x'.repeat(2000), 'q=!!!&page=-1&type=nope', 'q=csto&page=1000000000']) {
      const response = await page.goto(`/en/search?${query}`);
      expect(response?.status(), query.slice(0, 40)).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    }
    await expect(page.getByText('There are no results on page 100,000.')).toBeVisible();
  });
});
