import { expect, test } from '@playwright/test';

// Record pages read as a researcher would: names, links both ways, every fact's source, and
// which text is original and which the knowledge base's translation. Data: prisma/seed/data.
const proxyAndMercenary = '/en/statements/csto-csc-2018-operations-proxy-and-mercenary';

test.describe('record pages', () => {
  test('the CSTO page names the organisation, its acronyms and what it is linked to (en)', async ({ page }) => {
    const response = await page.goto('/en/organisations/csto');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Collective Security Treaty Organization');
    const facts = page.getByRole('definition');
    await expect(facts.getByText('CSTO', { exact: true }).first()).toBeVisible();
    await expect(page.locator('dd span[lang="ru"]', { hasText: 'ОДКБ' })).toBeVisible();

    const connections = page.getByRole('region', { name: 'Connections' });
    await expect(connections.getByRole('heading', { name: 'Parts' })).toBeVisible();
    await expect(connections.getByRole('link', { name: 'Collective Security Council of the Collective Security Treaty Organization', exact: true })).toBeVisible();
    await expect(connections.getByRole('link', { name: 'Operation Mercenary', exact: true })).toHaveAttribute('href', '/en/initiatives/operation-mercenary');
    await expect(connections.getByRole('heading', { name: 'Mentioned in' })).toBeVisible();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('Organization');
    expect(jsonLd.alternateName).toContain('CSTO');
  });

  test('the CSTO page reads in Russian under /ru', async ({ page }) => {
    const response = await page.goto('/ru/organisations/csto');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Организация Договора о коллективной безопасности');
    await expect(page.getByRole('definition').getByText('ОДКБ', { exact: true }).first()).toBeVisible();
    const connections = page.getByRole('region', { name: 'Связи' });
    await expect(connections.getByRole('link', { name: 'Операция «Наемник»', exact: true })).toHaveAttribute('href', '/ru/initiatives/operation-mercenary');
  });

  test('the Operation Mercenary dossier dates the CSTO Council statement on its timeline', async ({ page }) => {
    await page.goto('/en/initiatives/operation-mercenary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Operation Mercenary');
    await expect(page.getByText('Operation', { exact: true })).toBeVisible();

    const timeline = page.getByRole('region', { name: 'Timeline' });
    const entry = timeline.getByRole('listitem').filter({ hasText: 'CSTO Collective Security Council sees Operation PROXY' });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('time[datetime="2018-11-08"]')).toHaveText('8 November 2018');
    await expect(entry.getByRole('link', { name: /^¶ 11 ?, Statement of the Collective Security Council/ })).toBeVisible();
    // Who takes part stays beside the timeline, with its own source.
    await expect(page.getByRole('region', { name: 'Connections' }).getByRole('link', { name: 'Collective Security Treaty Organization', exact: true })).toBeVisible();
  });

  test('a statement cites its source paragraph and the citation opens that paragraph', async ({ page }) => {
    await page.goto(proxyAndMercenary);
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toContainText('Statement of the Collective Security Council');
    const citation = sources.getByRole('link', { name: /^¶ 11 ?, Statement of the Collective Security Council/ });
    const href = await citation.getAttribute('href');
    expect(href).toBe('/en/sources/csto-statement-foreign-terrorist-fighters-2018#p-11');

    // Links carry their own sources too: the speaker is cited from ¶ 11.
    const connections = page.getByRole('region', { name: 'Connections' });
    await expect(connections.getByRole('heading', { name: 'Speaker' })).toBeVisible();
    await expect(connections.getByRole('heading', { name: 'Made at' })).toBeVisible();

    await citation.click();
    await expect(page).toHaveURL(/\/en\/sources\/csto-statement-foreign-terrorist-fighters-2018#p-11$/, { timeout: 15_000 });
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
  });

  test('a statement whose source names no speaker shows none', async ({ page }) => {
    await page.goto('/en/statements/ct-interview-lack-of-western-political-will');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('lack of political will');
    await expect(page.getByText('The source does not name the speaker.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Speaker' })).toHaveCount(0);
    await expect(page.locator('a[href^="/en/people/"]')).toHaveCount(0);
    await expect(page.getByText('Not stated in the source')).toBeVisible();
  });

  test('a Russian original read in English shows the translation, badged, and the original', async ({ page }) => {
    await page.goto(proxyAndMercenary);
    const quote = page.getByRole('region', { name: 'Quote' });
    const [translation, original] = [quote.locator('figure').nth(0), quote.locator('figure').nth(1)];
    await expect(translation.locator('blockquote')).toContainText('We believe that important steps');
    await expect(translation.locator('blockquote')).toHaveAttribute('lang', 'en');
    await expect(translation.getByText('Translation by the knowledge base')).toBeVisible();
    await expect(original.getByText('Original (Russian)')).toBeVisible();
    await expect(original.locator('blockquote[lang="ru"]')).toContainText('Считаем, что важными шагами');
  });

  test('an unknown record answers 404 with the localized not-found page', async ({ page }) => {
    const en = await page.goto('/en/organisations/no-such-organisation');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const ru = await page.goto('/ru/statements/no-such-statement');
    expect(ru?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  });
});
