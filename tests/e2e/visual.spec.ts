import { expect, test, type Page } from '@playwright/test';

// The network, the map and the charts as an analyst uses them: by mouse, by keyboard, as a
// table; clicks land on the record or the filtered list. Data: prisma/seed/data.
const conference = 'International practical and research conference';

async function explorer(page: Page, path: string) {
  await page.goto(path);
  // The drawing works without script; hover, zoom and arrow keys wait for hydration.
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  return page.getByRole('group', { name: /^Network of|^Сеть:/ });
}

test.describe('network view', () => {
  test('clicking a record opens it (en)', async ({ page }) => {
    const graph = await explorer(page, '/en/network');
    await graph.getByRole('link', { name: /^Collective Security Treaty Organization, Organisation, \d+ ties?$/ }).click();
    await expect(page).toHaveURL(/\/en\/organisations\/csto$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Collective Security Treaty Organization');
  });

  test('names records in the page language, and opens them with Enter (ru)', async ({ page }) => {
    const graph = await explorer(page, '/ru/network');
    const node = graph.getByRole('link', { name: /^Владимир Колокольцев, Персона, \d+ связ/ });
    await node.focus();
    // Focus shows the full name above the marker, in Russian.
    await expect(graph.locator('text', { hasText: 'Владимир Колокольцев' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ru\/people\/vladimir-kolokoltsev$/);
  });

  test('hover lights up a record and its ties; arrow keys move between records', async ({ page }) => {
    const graph = await explorer(page, '/en/network');
    const hub = graph.getByRole('link', { name: new RegExp(`^${conference}`) });
    await hub.hover();
    await expect(graph.locator('text', { hasText: new RegExp(`^${conference}`) })).toBeVisible();
    const dimmed = await graph.locator('a path[opacity="0.2"]').count();
    expect(dimmed).toBeGreaterThan(0);
    await hub.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  test('zooms by button and key, and back to the whole network', async ({ page }) => {
    const graph = await explorer(page, '/en/network');
    const layer = graph.locator('g[transform]').first();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(layer).toHaveAttribute('transform', /scale\(1\.5\)/);
    await graph.getByRole('link').first().focus();
    await page.keyboard.press('+');
    await expect(layer).toHaveAttribute('transform', /scale\(2\.25\)/);
    await page.getByRole('button', { name: 'Whole network' }).click();
    await expect(layer).toHaveAttribute('transform', 'translate(0 0) scale(1)');
  });

  test('is also a table, one click away, that keeps the filters', async ({ page }) => {
    const graph = await explorer(page, '/en/network?type=organisation&type=person');
    const nodes = await graph.getByRole('link').count();
    await page.getByRole('navigation', { name: 'Show the network as' }).getByRole('link', { name: 'Table' }).click();
    await expect(page).toHaveURL(/type=organisation&type=person&view=table$/);
    await expect(page.getByRole('link', { name: 'Table' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table', { name: 'Records in the network' }).getByRole('row')).toHaveCount(nodes + 1);
    await expect(page.getByRole('table', { name: 'Ties' }).getByRole('row', { name: /Vladimir Kolokoltsev holds a position at Ministry of Internal Affairs of the Russian Federation/ })).toBeVisible();
    // Filtering from the table stays in the table.
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/view=table/);
  });

  test('filters by type, initiative and period, in the address', async ({ page }) => {
    await page.goto('/en/network');
    await page.getByRole('checkbox', { name: 'People' }).uncheck();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=organisation&type=conference&type=initiative/);
    const graph = page.getByRole('group', { name: /^Network of/ });
    await expect(graph.getByRole('link', { name: /, Person, / })).toHaveCount(0);
    await expect(graph.getByRole('link', { name: /, Organisation, / }).first()).toBeVisible();

    await page.goto('/en/network?initiative=operation-mercenary');
    await expect(page.getByRole('group', { name: /^Network of/ }).getByRole('link', { name: /^Operation Mercenary, Initiative/ })).toBeVisible();

    await page.goto('/en/network?to=2017&limit=oops');
    await expect(page.getByRole('note')).toContainText('limit');
    await expect(page.getByRole('group', { name: /^Network of/ }).getByRole('link', { name: new RegExp(`^${conference}`) })).toHaveCount(0);
  });

  test('respects reduced motion: zooming animates only for those who want motion', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const graph = await explorer(await context.newPage(), '/en/network');
      const duration = await graph.locator('g[transform]').first().evaluate((element) => getComputedStyle(element).transitionDuration);
      expect(duration, reducedMotion).toBe(reducedMotion === 'reduce' ? '0s' : '0.2s');
      await context.close();
    }
  });
});

test.describe('local networks and the dossier axis', () => {
  test('a person page draws their network; a marker opens the record', async ({ page }) => {
    await page.goto('/en/people/vladimir-kolokoltsev');
    const section = page.getByRole('region', { name: 'Network' });
    await section.getByRole('group').getByRole('link', { name: /^Ministry of Internal Affairs of the Russian Federation, Organisation/ }).click();
    await expect(page).toHaveURL(/\/en\/organisations\/russia-mvd$/);
  });

  test("an initiative's events sit on a time axis, each a link", async ({ page }) => {
    await page.goto('/en/initiatives/operation-mercenary');
    const axis = page.getByRole('group', { name: /dated event/ });
    const point = axis.getByRole('link', { name: /^8 November 2018, Statement: / });
    await expect(point).toHaveCount(1);
    await point.click();
    await expect(page).toHaveURL(/\/en\/statements\//);
  });
});

test.describe('map', () => {
  test('a country shows its counts on hover and opens its filtered list (en)', async ({ page }) => {
    await page.goto('/en/map?type=conference');
    const map = page.getByRole('group', { name: /^World map/ });
    const kazakhstan = map.getByRole('link', { name: /^Kazakhstan: \d+ records?$/ });
    const count = Number((await kazakhstan.getAttribute('aria-label'))!.match(/(\d+) record/)![1]);
    await kazakhstan.hover();
    await expect(page.locator('[aria-hidden="true"]', { hasText: 'Kazakhstan' }).last()).toContainText(/conferences? and meetings?|conference or meeting/);
    await kazakhstan.click();
    await expect(page).toHaveURL(/\/en\/conferences\?country=kazakhstan$/);
    await expect(page.getByText(new RegExp(`^${count} (conference|conferences)`))).toBeVisible();
  });

  test('with all records counted, a country opens its own page (ru, by keyboard)', async ({ page }) => {
    await page.goto('/ru/map');
    const russia = page.getByRole('group', { name: /^Карта мира/ }).getByRole('link', { name: /^Россия: \d+ запис/ });
    await russia.focus();
    const tooltip = page.locator('[aria-hidden="true"]', { hasText: 'Россия' }).last();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ru\/countries\/russia$/);
  });

  test('is also a table whose numbers open the lists', async ({ page }) => {
    await page.goto('/en/map');
    await page.getByText('Show as table').click();
    const table = page.getByRole('table', { name: 'Records per country and type' });
    await expect(table.getByRole('row')).toHaveCount(16);
    await table.getByRole('row', { name: /^Kazakhstan/ }).getByRole('link').nth(1).click();
    await expect(page).toHaveURL(/\/en\/[a-z]+\?country=kazakhstan$/);
  });
});

test.describe('timeline chart', () => {
  test('a year opens the timeline narrowed to it, with as many records as its bar', async ({ page }) => {
    await page.goto('/en/timeline');
    const bar = page.getByRole('group', { name: /^Dated records per year/ }).getByRole('link', { name: /^2018: \d+ records/ });
    const count = Number((await bar.getAttribute('aria-label'))!.match(/^2018: (\d+)/)![1]);
    await bar.click();
    await expect(page).toHaveURL(/\/en\/timeline\?year=2018$/);
    await expect(page.getByText(`${count} dated records`)).toBeVisible();
    await expect(page.getByText('Only 2018.')).toBeVisible();
  });

  test('reads in Russian, and as a table', async ({ page }) => {
    await page.goto('/ru/timeline');
    await expect(page.getByRole('heading', { name: 'Записи по годам' })).toBeVisible();
    await page.getByText('Показать таблицей').click();
    await expect(page.getByRole('table', { name: 'Записи с датой по годам и типам' }).getByRole('link', { name: '2018' })).toBeVisible();
  });
});
