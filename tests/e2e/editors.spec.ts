import { expect, test } from '@playwright/test';
import { pick, signIn, signOut } from './support/editors';

// The editors' workflow as people use it: an editor adds a statement in Russian with its English
// translation, linked to an organisation, a conference and an initiative, and submits it; a
// reviewer publishes it; readers find it everywhere on the next request, in both languages.

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const ru = `Заявление о сотрудничестве ${stamp}`;
const en = `Statement on cooperation ${stamp}`;
const quoteRu = `Мы укрепляем взаимодействие спецслужб ${stamp}.`;
const quoteEn = `We are strengthening cooperation between the security services ${stamp}.`;

test('editor adds a statement, reviewer publishes it, readers see it in both locales', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor');
  await page.goto('/ru/admin/statements/new');
  await page.getByLabel('Язык оригинала').selectOption('ru');
  const name = page.getByRole('group', { name: /^Название/ });
  await name.getByLabel(/^русский/i).fill(ru);
  await name.getByLabel(/^английский/i).fill(en);
  // The slug follows the English name by transliteration until the editor types one.
  await expect(page.getByLabel('Slug (адрес)')).toHaveValue(`statement-on-cooperation-${stamp}`);
  await expect(page.getByText('Этот slug свободен.')).toBeVisible();
  const quote = page.getByRole('group', { name: /^Цитата/ });
  await quote.getByLabel(/^русский/i).fill(quoteRu);
  await quote.getByLabel(/^английский/i).fill(quoteEn);
  await page.getByLabel('Дата', { exact: true }).fill('2018-11-08');

  await pick(page, 'Поиск: Автор заявления', 'ОДКБ', /^Организация Договора о коллективной безопасности \(Организация\)/);
  await pick(page, 'Поиск: Сделано на (конференции или встрече)', 'Астан', /Астан/);
  await pick(page, 'Поиск: Касается (инициатив, стран)', 'Прокси', /Прокси/i);
  await expect(page.getByRole('checkbox', { name: /Организация Договора о коллективной безопасности/ })).toBeChecked();

  await page.getByRole('button', { name: 'Сохранить и отправить на проверку' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/statements\/statement-on-cooperation-/);
  await expect(page.getByRole('status')).toContainText('Сохранено как версия 1');
  await expect(page.getByText('На проверке', { exact: true })).toBeVisible();
  // An editor may not publish: the button is not offered.
  await expect(page.getByRole('button', { name: 'Опубликовать' })).toHaveCount(0);
  const slug = page.url().split('/').pop()!.split('?')[0];
  await signOut(page);

  // Not public yet.
  expect((await page.request.get(`/ru/statements/${slug}`)).status()).toBe(404);

  await signIn(page, 'reviewer');
  await page.getByRole('link', { name: ru }).first().click();
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.getByRole('status')).toContainText('Опубликовано');
  await signOut(page);

  for (const [locale, title, quoteText] of [
    ['ru', ru, quoteRu],
    ['en', en, quoteEn],
  ] as const) {
    await page.goto(`/${locale}/statements`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/statements/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText(quoteText)).toBeVisible();
    await page.goto(`/${locale}/organisations/csto`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/${locale}/search?q=${encodeURIComponent(stamp)}`);
    await expect(page.getByRole('region', { name: locale === 'ru' ? 'Результаты' : 'Results' }).getByRole('link', { name: title })).toBeVisible();
  }

  // The seed's counts are what the list tests check: the reviewer deletes (softly) what this test added.
  await signIn(page, 'reviewer', 'en');
  await page.goto(`/en/admin/statements/${slug}`);
  await page.getByRole('button', { name: 'Delete this record' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted.');
  expect((await page.request.get(`/en/statements/${slug}`)).status()).toBe(404);
});
