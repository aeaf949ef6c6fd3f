import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { signIn } from './support/editors';

// Alerts as a reader meets them: follow a search or an organisation, get the e-mail (the server
// has no SMTP_URL, so it writes .eml files to .data/e2e/outbox), confirm, manage, unsubscribe,
// with and without JavaScript.
const outbox = '.data/e2e/outbox';

/** The newest e-mail to `address` whose subject matches, waiting for the app's alert job to write it. */
async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const files = (await readdir(outbox).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort().reverse();
    for (const file of files) {
      const mail = await simpleParser(await readFile(join(outbox, file)));
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      if (to.some((entry) => entry.value.some((value) => value.address === address)) && subject.test(mail.subject ?? '')) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no e-mail to ${address} matching ${subject} in ${outbox}`);
}

/** A link of the e-mail's text, as a path on the server under test. */
function pathIn(mail: ParsedMail, pattern: RegExp): string {
  const url = (mail.text ?? '').match(new RegExp(`https?://\\S*${pattern.source}\\S*`))?.[0];
  if (!url) throw new Error(`no link matching ${pattern} in:\n${mail.text}`);
  return new URL(url).pathname;
}

/** The List-Unsubscribe address (RFC 8058 one-click), as mailparser reads the List-* headers. */
const oneClickOf = (mail: ParsedMail) => String((mail.headers.get('list') as { unsubscribe?: { url?: string } } | undefined)?.unsubscribe?.url ?? '');

test.describe('alerts', () => {
  test('follow a search in Russian, confirm from the e-mail, then cancel it on the manage page', async ({ page }) => {
    const address = `search-${Date.now()}@example.org`;
    await page.goto('/en/search?q=terrorism&type=statement');
    await page.getByRole('link', { name: 'Follow this search' }).click();
    await expect(page).toHaveURL(/\/en\/alerts\/new\?q=terrorism&type=statement$/);
    await expect(page.getByRole('link', { name: 'search “terrorism” (Type: Statements)' })).toBeVisible();

    // Nothing typed: the error is tied to the field.
    await page.getByRole('button', { name: 'Follow' }).click();
    const email = page.getByRole('textbox', { name: 'E-mail address' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Enter an e-mail address, like name@example.org.');

    await email.fill(address);
    await page.getByRole('radio', { name: 'A daily digest' }).check();
    await page.getByRole('radio', { name: 'Russian' }).check();
    await page.getByRole('button', { name: 'Follow' }).click();
    await expect(page.getByRole('status')).toHaveText(`Almost done: a link was sent to ${address}. Open it within 7 days to confirm the alert.`);

    const confirmation = await mailTo(address, /^Подтвердите оповещение/);
    expect(confirmation.subject).toBe('Подтвердите оповещение: поиск «terrorism» (Тип: Заявления)');
    await page.goto(pathIn(confirmation, /\/ru\/alerts\/confirm\//));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подтвердите оповещение');
    await expect(page.getByText('Сводка раз в день')).toBeVisible();
    await page.getByRole('button', { name: 'Подтвердить оповещение' }).click();

    await expect(page).toHaveURL(/\/ru\/alerts\/manage\/[A-Za-z0-9_-]{43}\?done=confirmed$/);
    await expect(page.getByRole('status')).toContainText('Оповещение подтверждено');
    await expect(page.getByText(`Оповещения для адреса ${address}`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'поиск «terrorism» (Тип: Заявления)' })).toHaveAttribute('href', '/ru/search?q=terrorism&type=statement');
    await page.getByRole('button', { name: 'Отменить оповещение поиск «terrorism» (Тип: Заявления)' }).click();
    await expect(page.getByRole('status')).toHaveText('Оповещение отменено.');
    await expect(page.getByText('У вас нет оповещений.')).toBeVisible();
  });

  test('works without JavaScript: follow an organisation, keep typed values on error, unsubscribe from the e-mail', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const address = `nojs-${Date.now()}@example.org`;
    await page.goto('/en/organisations/csto');
    await page.getByRole('link', { name: /^Follow Collective Security Treaty Organization/ }).click();
    await expect(page.getByRole('link', { name: 'Collective Security Treaty Organization (organisation)' })).toBeVisible();

    const email = page.getByRole('textbox', { name: 'E-mail address' });
    await email.fill('not an address');
    await page.getByRole('radio', { name: 'A weekly digest' }).check();
    await page.getByRole('button', { name: 'Follow' }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveValue('not an address');
    await expect(page.getByRole('radio', { name: 'A weekly digest' })).toBeChecked();

    await email.fill(address);
    await page.getByRole('button', { name: 'Follow' }).click();
    await expect(page.getByRole('status')).toContainText(`a link was sent to ${address}`);

    const confirmation = await mailTo(address, /^Confirm your alert/);
    expect(oneClickOf(confirmation)).toMatch(/\/api\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    await page.goto(pathIn(confirmation, /\/en\/alerts\/confirm\//));
    await page.getByRole('button', { name: 'Confirm the alert' }).click();
    await expect(page.getByRole('status')).toContainText('Your alert is confirmed');
    await expect(page.getByText('A weekly digest')).toBeVisible();

    await page.goto(pathIn(confirmation, /\/en\/alerts\/unsubscribe\//));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop this alert?');
    await expect(page.getByText('Collective Security Treaty Organization (organisation)')).toBeVisible();
    await page.getByRole('button', { name: 'Stop the e-mails' }).click();
    await expect(page.getByRole('status')).toHaveText('You will get no more e-mails about this alert.');
    // The link is spent: opening it again says so.
    await page.goto(pathIn(confirmation, /\/en\/alerts\/unsubscribe\//));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
    await context.close();
  });

  test('a lost link: ask for it by address, and one-click unsubscribe all from that e-mail', async ({ page, request }) => {
    const address = `lost-${Date.now()}@example.org`;
    await page.goto('/en/alerts/new?follow=person&slug=sergey-shveikin');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(address);
    await page.getByRole('button', { name: 'Follow' }).click();
    const confirmation = await mailTo(address, /^Confirm your alert/);
    await page.goto(pathIn(confirmation, /\/alerts\/confirm\//));
    await page.getByRole('button', { name: 'Confirm the alert' }).click();
    await expect(page.getByRole('status')).toContainText('confirmed');

    await page.goto('/en/alerts');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(address);
    await page.getByRole('button', { name: 'Send me the link' }).click();
    await expect(page.getByRole('status')).toContainText(`If ${address} has alerts here`);
    const manage = await mailTo(address, /^Your alerts at/);
    await page.goto(pathIn(manage, /\/en\/alerts\/manage\//));
    await expect(page.getByRole('link', { name: 'Sergey Shveikin (person)' })).toBeVisible();

    // The List-Unsubscribe address of the manage e-mail stops every alert of the address.
    const oneClick = oneClickOf(manage);
    expect(oneClick).toMatch(/\/api\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    const response = await request.post(new URL(oneClick).pathname, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(response.status()).toBe(200);
    await page.reload();
    await expect(page.getByText('You have no alerts.')).toBeVisible();
  });

  test('a link that does not exist says so, in the page language', async ({ page }) => {
    await page.goto(`/ru/alerts/manage/${'a'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ссылка больше не действует');
    await expect(page.getByRole('link', { name: 'Запросить ссылку на все оповещения' })).toHaveAttribute('href', '/ru/alerts');
  });

  test('the report of alert e-mails is for admins only', async ({ page }) => {
    await page.goto('/en/admin/alerts');
    await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
    await signIn(page, 'editor', 'en');
    expect((await page.goto('/en/admin/alerts'))?.status()).toBe(403);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'admin', 'en');
    await page.getByRole('link', { name: 'Alert e-mails' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alert e-mails');
    await expect(page.getByRole('status')).toContainText(/e-mails? waiting, \d+ sent in the last 24 hours, \d+ failed\./);
  });
});
