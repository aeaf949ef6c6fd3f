import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, DEMO_PASSWORD, pick, signIn } from './support/editors';

// No lost work and no way in: two editors on one record, sign-in limits, pages by role, forms
// without JavaScript.

/** Presses a form's button and waits for the server's answer (the previous alert may look alike). */
async function submit(page: Page, button: string) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: button }).click();
  await answered;
}

async function editorPage(browser: Browser, who: 'editor' | 'admin') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, 'en');
  return page;
}

test('two editors save the same record: the second sees a conflict, keeps their text, and both versions end in history', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await editorPage(browser, 'editor');
  const second = await editorPage(browser, 'admin');
  const path = '/en/admin/organisations/media-industrial-committee';
  await first.goto(path);
  await second.goto(path);
  const description = (page: typeof first) => page.getByRole('group', { name: /^Description/ }).getByLabel(/^english/i);

  await description(first).fill('Description by the first editor.');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status')).toContainText('Saved as version');

  await description(second).fill('Description by the second editor.');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = second.getByRole('region', { name: 'Saved meanwhile by someone else' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Demo Editor');
  await expect(conflict.getByRole('row', { name: /texts\.description\.en|Description/ })).toContainText('Description by the first editor.');
  await expect(description(second)).toHaveValue('Description by the second editor.');

  await second.getByRole('button', { name: 'Save my version' }).click();
  await expect(second.getByRole('status')).toContainText('Saved as version');
  await second.goto(`${path}/history`);
  const rows = second.getByRole('row');
  await expect(rows.filter({ hasText: 'Demo Editor' }).first()).toContainText('texts.description.en');
  await expect(rows.filter({ hasText: 'Demo Admin' }).first()).toContainText('texts.description.en');
  await second.context().close();
  await first.context().close();
});

test('sign-in is limited per account: the sixth try is refused even with the right password', async ({ page }) => {
  // Limits live in the database; a fresh account name keeps reruns on one database independent.
  test.setTimeout(120_000);
  const stranger = `nobody-${Date.now().toString(36)}@example.org`;
  await page.goto('/en/admin/sign-in');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('E-mail').fill(stranger);
    await page.getByLabel('Password').fill(`wrong-${attempt}`);
    await submit(page, 'Sign in');
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('E-mail or password is wrong.');
  }
  await page.getByLabel('E-mail').fill(stranger);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await submit(page, 'Sign in');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(/Too many failed sign-ins\. Try again in 1[45] minutes\./);
});

test('sign-in is limited per address: after 20 failures from one address even a right password waits', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` } });
  const page = await context.newPage();
  await page.goto('/en/admin/sign-in');
  for (let attempt = 1; attempt <= 20; attempt++) {
    await page.getByLabel('E-mail').fill(`someone${attempt}@example.net`);
    await page.getByLabel('Password').fill('wrong password');
    await submit(page, 'Sign in');
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('E-mail or password is wrong.');
  }
  await page.getByLabel('E-mail').fill(accounts.reviewer);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await submit(page, 'Sign in');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('Too many failed sign-ins.');
  await context.close();
});

test('admin pages: signed out they lead to sign-in; an editor gets 403 where an admin is needed', async ({ page, request }) => {
  const pages = ['/en/admin', '/en/admin/statements', '/en/admin/statements/new', '/en/admin/organisations/csto', '/en/admin/organisations/csto/history',
    '/en/admin/organisations/csto/preview', '/en/admin/translations', '/en/admin/audit', '/en/admin/users', '/en/admin/account'];
  for (const path of pages) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain('/en/admin/sign-in');
  }
  for (const path of ['/api/admin/records?types=organisation&q=un', '/api/admin/slug?type=statement&slug=abc']) {
    expect((await request.get(path)).status(), path).toBe(401);
  }
  await signIn(page, 'editor', 'en');
  for (const path of ['/en/admin/audit', '/en/admin/users']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed for your role' })).toBeVisible();
  }
  for (const path of pages.filter((path) => !path.endsWith('audit') && !path.endsWith('users'))) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
});

test('a form post from another site is refused before any action runs', async ({ request }) => {
  const response = await request.post('/en/admin/sign-in', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'email=admin%40example.org&password=x',
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('another site');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor signs in, gets field errors with their text kept, then saves a new person', async ({ page }) => {
    await page.goto('/en/admin/sign-in');
    await page.getByLabel('E-mail').fill(accounts.editor);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await page.goto('/en/admin/people/new');
    const name = page.getByRole('group', { name: /^Name/ });
    await name.getByLabel(/^english/i).fill('Test Person Without Script');
    await page.getByLabel('Slug').fill('Not A Slug!');
    await page.getByLabel('Date', { exact: true }).fill('yesterday');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText('Some fields need attention');
    await expect(page.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(name.getByLabel(/^english/i)).toHaveValue('Test Person Without Script');
    await page.getByLabel('Slug').fill(`test-person-${Date.now().toString(36)}`);
    await page.getByLabel('Date', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Saved as version 1');
  });
});

test('a missing person is created from the picker as a draft; a taken slug is flagged as one types', async ({ page }) => {
  await signIn(page, 'editor', 'en');
  await page.goto('/en/admin/statements/new');
  const name = `Inline Person ${Date.now().toString(36)}`;
  const box = page.getByRole('combobox', { name: 'Search for Speaker' });
  await box.fill(name);
  await expect(page.getByRole('option', { name: `Create new Person: “${name}”` })).toBeVisible();
  await pick(page, 'Search for Speaker', name, /^Create new Person/);
  await expect(page.getByRole('checkbox', { name: `${name} (Person, draft)` })).toBeChecked();
  await page.goto('/en/admin/people?state=DRAFT');
  await expect(page.getByRole('link', { name })).toBeVisible();

  await page.goto('/en/admin/organisations/new');
  await page.getByLabel('Slug').fill('csto');
  await expect(page.getByText('Another record of this type already uses this slug.')).toBeVisible();
});
