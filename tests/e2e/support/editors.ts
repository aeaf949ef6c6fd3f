import { expect, type Page } from '@playwright/test';

/** The demo accounts the embedded default creates (README, "Editors"). */
export const DEMO_PASSWORD = 'demo-password-2026';
export const accounts = {
  editor: 'editor@example.org',
  reviewer: 'reviewer@example.org',
  admin: 'admin@example.org',
} as const;

export async function signIn(page: Page, who: keyof typeof accounts, locale: 'ru' | 'en' = 'ru') {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(locale === 'ru' ? 'Электронная почта' : 'E-mail').fill(accounts[who]);
  await page.getByLabel(locale === 'ru' ? 'Пароль' : 'Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: locale === 'ru' ? 'Войти' : 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

export async function signOut(page: Page, locale: 'ru' | 'en' = 'ru') {
  await page.getByRole('button', { name: locale === 'ru' ? 'Выйти' : 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin/sign-in`));
}

/** Picks a record in a relation combobox by typing and moving to it with the arrow keys. */
export async function pick(page: Page, field: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: field });
  await box.fill(typed);
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  for (let presses = 0; presses < 15; presses++) {
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    if (active && option.test((await page.locator(`[id="${active}"]`).textContent()) ?? '')) {
      await box.press('Enter');
      return;
    }
  }
  throw new Error(`no option matching ${option} in ${field}`);
}
