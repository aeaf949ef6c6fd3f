import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/**
 * The map's and the timeline chart's numbers are the lengths of the lists they open: a count
 * per country and type equals the list filtered by that country, a year's bar the timeline
 * narrowed to that year.
 */
pointAppAt();
let getCountryCounts: typeof import('@/lib/data/country-counts').getCountryCounts;
let listRecords: typeof import('@/lib/data/record-list').listRecords;
let timeline: typeof import('@/lib/data/timeline');
let listQuerySchema: typeof import('@/lib/validation/list-query').listQuerySchema;

beforeAll(async () => {
  ({ getCountryCounts } = await import('@/lib/data/country-counts'));
  ({ listRecords } = await import('@/lib/data/record-list'));
  timeline = await import('@/lib/data/timeline');
  ({ listQuerySchema } = await import('@/lib/validation/list-query'));
});
afterAll(closeAppDatabase);

describe('the map and the timeline chart', () => {
  it('counts for each country exactly the records its filtered lists hold', async () => {
    const countries = await getCountryCounts();
    expect(countries.length).toBe(15);
    const russia = countries.find((country) => country.slug === 'russia')!;
    expect(russia.iso2).toBe('RU');
    expect(russia.total).toBeGreaterThan(5);
    for (const country of countries) {
      for (const type of ['statement', 'conference', 'organisation', 'initiative'] as const) {
        const list = await listRecords(type, listQuerySchema(type).parse({ country: country.slug }), 'en');
        expect(country.counts[type], `${country.slug} ${type}`).toBe(list.total);
      }
      expect(country.total).toBe(Object.values(country.counts).reduce((a, b) => a + b, 0));
    }
  });

  it('counts records per year and type as the timeline lists them', async () => {
    const scope = { types: [] };
    const years = await timeline.countTimelineByYear(scope);
    expect(years.map((entry) => entry.year)).toEqual([...years.map((entry) => entry.year)].sort((a, b) => a - b));
    const sum = (entry: (typeof years)[number]) => Object.values(entry.counts).reduce((a, b) => a + (b ?? 0), 0);
    const whole = await timeline.listTimeline({ ...scope, page: 1, pageSize: 1 });
    expect(years.reduce((total, entry) => total + sum(entry), 0)).toBe(whole.total);
    for (const entry of years) {
      const page = await timeline.listTimeline({ ...scope, year: entry.year, page: 1, pageSize: 100 });
      expect(page.total, String(entry.year)).toBe(sum(entry));
      expect(page.items.every((item) => item.date!.startsWith(String(entry.year)))).toBe(true);
    }
    const statements = await timeline.countTimelineByYear({ types: ['statement'], organisation: 'csto-collective-security-council' });
    expect(statements.every((entry) => Object.keys(entry.counts).join() === 'statement')).toBe(true);
    expect(statements.length).toBeGreaterThan(0);
  });
});
