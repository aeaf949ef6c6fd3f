import { expect, test } from '@playwright/test';

// /oai and the alert pages as the production server serves them: the proxy leaves /oai alone
// (no locale redirect), the open-data page points harvesters to it, robots.txt keeps crawlers
// out of the alert pages opened by readers' links.

test('OAI-PMH answers at /oai on the production server, and the open-data page names it', async ({ page, request }) => {
  const response = await request.get('/oai?verb=Identify', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).toContain('<protocolVersion>2.0</protocolVersion>');
  expect(xml).toContain('<deletedRecord>persistent</deletedRecord>');

  await page.goto('/ru/open-data');
  const section = page.getByRole('region', { name: 'OAI-PMH для библиотек' });
  await expect(section.getByRole('link', { name: '/oai?verb=Identify' })).toHaveAttribute('href', '/oai?verb=Identify');
  await expect(section.getByRole('link', { name: 'оповещений по почте' })).toHaveAttribute('href', '/ru/alerts');
});

test('robots.txt keeps crawlers out of the pages behind readers’ alert links', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Disallow: /en/alerts/');
  expect(text).toContain('Disallow: /ru/alerts/');
  expect(text).not.toMatch(/Disallow: \/oai/);
});
