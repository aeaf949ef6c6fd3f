import { expect, test, type APIResponse, type Page } from '@playwright/test';

// What decision 012 promises, checked on the production server the launcher runs: the security
// headers on every kind of answer, a CSP without 'unsafe-inline' for scripts under which every
// page still works in Chromium, and oversized bodies refused with 413.

const RECORD = '/en/statements/csto-csc-2018-joint-efforts-foreign-terrorist-fighters';
const SOURCE = '/ru/sources/csto-statement-foreign-terrorist-fighters-2018';
const NON_DOCUMENT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['server'] ?? '').not.toMatch(/next/i);
}

test.describe('security headers', () => {
  for (const path of ['/en', '/ru', RECORD, SOURCE, '/en/search?q=csto', '/en/statements?page=2', '/en/no-such-page']) {
    test(`the HTML page ${path} has a strict policy naming its own scripts`, async ({ request }) => {
      const response = await request.get(path);
      expectCommonHeaders(response);
      const policy = response.headers()['content-security-policy'];
      const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
    });
  }

  for (const path of ['/api/health', '/api/v1/statements?pageSize=1', '/api/v1/nonsense', '/api/v1/openapi.json', '/en/feed.xml', '/sitemap.xml', '/robots.txt', '/api/v1/export/statements?format=csv']) {
    test(`the answer ${path} has the headers and the policy for non-documents`, async ({ request }) => {
      const response = await request.get(path);
      expectCommonHeaders(response);
      expect(response.headers()['content-security-policy']).toBe(NON_DOCUMENT);
    });
  }

  test('the scripts and styles a page loads carry the headers too', async ({ request }) => {
    const html = await (await request.get('/en')).text();
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
    const style = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    for (const path of [script, style]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectCommonHeaders(response);
    }
  });

  test('pages are still compressed for browsers that ask', async ({ request }) => {
    const response = await request.get(RECORD, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['content-security-policy']).toMatch(/'sha256-/);
    expect(await response.text()).toContain('Collective Security Council');
  });
});

/** Records every CSP violation and console error of a page from before its first script. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test.describe('pages work under the policy in Chromium', () => {
  test('reading pages load with no violation and no console error', async ({ page }) => {
    const problems = await watch(page);
    for (const path of ['/en', '/ru', RECORD, SOURCE, '/en/timeline', '/ru/statements?country=russia', '/en/open-data', '/en/no-such-page']) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(problems).toEqual([]);
  });

  test('search suggestions (a client component fetching the API) work', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/en/search');
    await page.getByRole('combobox', { name: 'Search the knowledge base' }).pressSequentially('Kolo', { delay: 50 });
    await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Vladimir Kolokoltsev/ })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the language switcher and the source reader\'s client navigation work', async ({ page }) => {
    const problems = await watch(page);
    await page.goto(`${SOURCE}#p-4`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/sources\/csto-statement-foreign-terrorist-fighters-2018#p-4$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Original only · Russian' }).click();
    await expect(page).toHaveURL(/\?view=original$/);
    // Client-side navigation, not a reload: the React runtime is alive.
    expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('an inline script that is not the framework\'s is blocked and reported', async ({ page }) => {
    await page.goto(RECORD);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; directive: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => {
            resolve({ ran: Boolean((window as unknown as { pwned?: boolean }).pwned), directive: event.effectiveDirective });
          });
          const script = document.createElement('script');
          script.textContent = 'window.pwned = true';
          document.body.append(script);
        }),
    );
    expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  });
});

test.describe('request bodies', () => {
  const big = 'x'.repeat(3 * 1024 * 1024);

  test('an API request over 2 MB is refused with 413 and a JSON message', async ({ request }) => {
    const response = await request.post('/api/v1/search', { data: big, headers: { 'content-type': 'text/plain' } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request body is too large: the limit is 2 MB.' } });
  });

  test('a form post (server action) over 2 MB is refused with 413 in both languages', async ({ request }) => {
    const response = await request.post('/en/admin/login', {
      multipart: { email: 'a@example.org', password: big },
      headers: { 'next-action': '0'.repeat(42) },
    });
    expect(response.status()).toBe(413);
    const text = await response.text();
    expect(text).toContain('The request body is too large');
    expect(text).toContain('Тело запроса слишком велико');
  });

  test('a body just under the limit still reaches the app', async ({ request }) => {
    const response = await request.post('/api/v1/search', { data: 'x'.repeat(1024 * 1024), headers: { 'content-type': 'text/plain' } });
    expect(response.status()).not.toBe(413);
    expect(response.status()).toBeLessThan(500);
  });
});
