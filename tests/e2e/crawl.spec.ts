import { expect, test } from '@playwright/test';

/**
 * Every internal link on every page answers 200: a crawler over the whole site, both locales,
 * following <a href> links (not the API, not downloads). Its counts go to the report.
 */
test('every internal link on every page answers 200', async ({ request }) => {
  test.setTimeout(600_000);
  const seen = new Set<string>();
  const queue = ['/en', '/ru'];
  const broken: string[] = [];
  const skip = /^\/(api|_next)\/|\.(xml|txt|json|csv|bib|ris)(\?|$)/;
  while (queue.length && seen.size < 3000) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${path}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"#]*)(#[^"]*)?"/g)) {
      const href = match[1].replace(/&amp;/g, '&');
      if (!href.startsWith('/') || href.startsWith('//') || skip.test(href)) continue;
      // Filter combinations multiply without end: crawl each list's first page of each filter only.
      const url = new URL(href, 'http://x');
      if (url.searchParams.has('page') && url.searchParams.get('page') !== '1' && url.searchParams.size > 1) continue;
      if (!seen.has(href)) queue.push(href);
    }
  }
  test.info().annotations.push({ type: 'crawl', description: `${seen.size} pages crawled, ${broken.length} broken` });
  console.log(`Crawler: ${seen.size} pages crawled in both locales, ${broken.length} broken links.`);
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(250);
});
