import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * The seven list pages against the seed corpus: headings and counts in both languages, filters
 * that live in the address (with and without JavaScript), pagination that keeps them, and the
 * ways out of an empty or mistyped list.
 */
const lists = [
  { path: 'statements', en: ['Statements', '44 statements'], ru: ['Заявления', '44 заявления'] },
  { path: 'conferences', en: ['Conferences and meetings', '5 conferences and meetings'], ru: ['Конференции и встречи', '5 конференций и встреч'] },
  { path: 'organisations', en: ['Organisations', '33 organisations'], ru: ['Организации', '33 организации'] },
  { path: 'initiatives', en: ['Initiatives', '11 initiatives'], ru: ['Инициативы', '11 инициатив'] },
  { path: 'people', en: ['People', '13 people'], ru: ['Персоны', '13 персон'] },
  { path: 'sources', en: ['Source documents', '5 source documents'], ru: ['Документы-источники', '5 документов-источников'] },
  { path: 'countries', en: ['Countries', '15 countries'], ru: ['Страны', '15 стран'] },
] as const;

interface SeedRecord {
  type: string;
  slug: string;
  attributes?: { kind?: string };
  texts?: { name?: { en?: string; ru?: string } };
}

/** English names of the seed's initiatives of one kind, as the corpus file states them. */
function initiativeNames(file: string, kind: string): string[] {
  const data = JSON.parse(readFileSync(`prisma/seed/data/${file}`, 'utf8')) as { records: SeedRecord[] };
  return data.records.filter((r) => r.type === 'initiative' && r.attributes?.kind === kind).map((r) => r.texts!.name!.en!);
}

const results = (page: Page) => page.getByRole('region', { name: /^(Results|Результаты)$/ });
const count = (page: Page) => page.locator('main header p').first();

test.describe('list pages', () => {
  for (const list of lists) {
    for (const locale of ['en', 'ru'] as const) {
      test(`/${locale}/${list.path} answers with its heading and count`, async ({ page }) => {
        const response = await page.goto(`/${locale}/${list.path}`);
        expect(response?.status()).toBe(200);
        const [heading, total] = list[locale];
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(count(page)).toHaveText(total);
        await expect(results(page).getByRole('listitem').first()).toBeVisible();
      });
    }
  }

  // Before hydration the form submits natively (empty choices included); after, only the filters in
  // force reach the address. Either way the filter is in it, which is what these tests check.
  test('filtering initiatives by kind narrows the list and keeps the filter in the address', async ({ page }) => {
    const operations = initiativeNames('002.json', 'OPERATION');
    expect(operations).toEqual(expect.arrayContaining(['Operation PROXY', 'Operation Mercenary']));

    await page.goto('/en/initiatives');
    await expect(count(page)).toHaveText('11 initiatives');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Operation' });
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/\/en\/initiatives\?(.*&)?kind=OPERATION(&|$)/);
    await expect(count(page)).toHaveText('2 initiatives');
    const names = results(page).getByRole('heading', { level: 3 });
    await expect(names).toHaveCount(operations.length);
    for (const name of operations) await expect(names.filter({ hasText: name })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Remove filter Kind: Operation' })).toBeVisible();

    // The address alone reproduces the list: a shared link shows the same.
    await page.reload();
    await expect(count(page)).toHaveText('2 initiatives');
    await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('OPERATION');
  });

  test('the back button restores the previous filter', async ({ page }) => {
    await page.goto('/en/initiatives');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('OPERATION');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(count(page)).toHaveText('2 initiatives');

    await page.getByRole('combobox', { name: 'Kind' }).selectOption('DECREE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/kind=DECREE/);
    await expect(count(page)).toHaveText('1 initiative');

    await page.goBack();
    await expect(page).toHaveURL(/[?&]kind=OPERATION(&|$)/);
    await expect(count(page)).toHaveText('2 initiatives');
    await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('OPERATION');

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/initiatives$/);
    await expect(count(page)).toHaveText('11 initiatives');
    await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('');
  });

  test('the filter form works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ru/initiatives');
    await page.getByRole('combobox', { name: 'Вид' }).selectOption('OPERATION');
    await page.getByRole('button', { name: 'Применить' }).click();
    await expect(page).toHaveURL(/kind=OPERATION/);
    await expect(count(page)).toHaveText('2 инициативы');
    await page.getByRole('link', { name: 'Убрать фильтр «Вид: Операция»' }).click();
    await expect(count(page)).toHaveText('11 инициатив');
    await context.close();
  });

  test('pagination counts, marks the current page and keeps the filters', async ({ page }) => {
    await page.goto('/en/statements');
    const pages = page.getByRole('navigation', { name: 'Pages of the list' });
    await expect(pages.getByText('Showing 1–20 of 44')).toBeVisible();
    await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await expect(pages.getByRole('link', { name: /^Page \d+$/ })).toHaveCount(3);

    await pages.getByRole('link', { name: 'Page 3' }).click();
    await expect(page).toHaveURL(/\/en\/statements\?page=3$/);
    await expect(pages.getByText('Showing 41–44 of 44')).toBeVisible();
    await expect(results(page).getByRole('heading', { level: 3 })).toHaveCount(4);

    // With a filter and an order chosen, every page link carries both.
    await page.goto('/en/statements?lang=ru&sort=date-asc');
    await expect(pages.getByText('Showing 1–20 of 33')).toBeVisible();
    await pages.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/lang=ru/);
    await expect(page).toHaveURL(/sort=date-asc/);
    await expect(page).toHaveURL(/page=2/);
    await expect(pages.getByText('Showing 21–33 of 33')).toBeVisible();
    await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('combobox', { name: 'Original language' })).toHaveValue('ru');
    await expect(page.getByRole('combobox', { name: 'Order' })).toHaveValue('date-asc');
    await pages.getByRole('link', { name: /Previous/ }).click();
    await expect(page).toHaveURL(/\/en\/statements\?lang=ru&sort=date-asc$/);
  });

  test('a page past the last one offers the way back to page 1', async ({ page }) => {
    const response = await page.goto('/en/statements?page=9');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('There is no page 9: the list has 3 pages.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to page 1' }).click();
    await expect(page.getByText('Showing 1–20 of 44')).toBeVisible();
  });

  test('nonsense in the address is ignored politely, not an error', async ({ page }) => {
    const response = await page.goto('/en/initiatives?kind=XYZ&page=-1');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('note')).toContainText('not understood and have been ignored: kind and page');
    await expect(count(page)).toHaveText('11 initiatives');

    const ru = await page.goto('/ru/statements?year=abc&colour=red');
    expect(ru?.status()).toBe(200);
    await expect(page.getByRole('note')).toContainText('year');
    await expect(page.getByRole('note')).toContainText('colour');
    await expect(count(page)).toHaveText('44 заявления');
  });

  test('an empty combination explains itself and clears with one link', async ({ page }) => {
    await page.goto('/en/initiatives?kind=OPERATION&year=2003');
    await expect(count(page)).toHaveText('0 initiatives');
    await expect(page.getByText('No initiatives match these filters.')).toBeVisible();

    // Dropping one filter leaves the other in force…
    await results(page).getByRole('link', { name: 'Remove filter Year: 2003' }).click();
    await expect(page).toHaveURL(/\/en\/initiatives\?kind=OPERATION$/);
    await expect(count(page)).toHaveText('2 initiatives');

    // …and clearing drops them all.
    await page.goto('/en/initiatives?kind=OPERATION&year=2003');
    await results(page).getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/en\/initiatives$/);
    await expect(count(page)).toHaveText('11 initiatives');
  });

  test('Russian counts take the right plural form', async ({ page }) => {
    for (const [query, text] of [
      ['kind=DECREE', '1 инициатива'],
      ['kind=OPERATION', '2 инициативы'],
      ['', '11 инициатив'],
    ] as const) {
      await page.goto(`/ru/initiatives?${query}`);
      await expect(count(page)).toHaveText(text);
    }
    await page.goto('/ru/statements');
    await expect(page.getByText('Показаны 1–20 из 44')).toBeVisible();
  });
});

test('the download link exports the list with its current filters', async ({ page, request }) => {
  await page.goto('/en/initiatives?kind=OPERATION');
  const href = await page.getByRole('link', { name: 'CSV (spreadsheets)' }).getAttribute('href');
  expect(href).toContain('kind=OPERATION');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const csv = await response.text();
  expect(csv).toContain('operation-mercenary');
  expect(csv).toContain('operation-proxy');
  expect(csv.trim().split('\n')).toHaveLength(3);
});
