import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { statementFixtures } from '../helpers/records';

/**
 * A list's relation filter offers at most FILTER_CHOICES_LIMIT records, the ones linked to most
 * of the list's records, and says so; with fewer, every linked record, as before.
 */
pointAppAt();
const run = randomUUID().slice(0, 8);
let db: typeof import('@/lib/db/client').db;
let fixtures: ReturnType<typeof statementFixtures>;
let limit = 0;

beforeAll(async () => {
  ({ db } = await import('@/lib/db/client'));
  ({ FILTER_CHOICES_LIMIT: limit } = await import('@/lib/data/filter-options'));
  fixtures = statementFixtures(db());
  // limit + 1 organisations, each named by one statement; the last one by a second statement too.
  const slugs = Array.from({ length: limit + 1 }, (_, index) => `fo-${run}-${String(index).padStart(3, '0')}`);
  await db().record.createMany({
    data: slugs.map((slug) => ({ type: 'ORGANISATION' as const, slug, state: 'PUBLISHED' as const, originalLocale: 'en' as const, publishedAt: new Date() })),
  });
  const made = await db().record.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  await db().organisation.createMany({ data: made.map(({ id }) => ({ recordId: id, kind: 'INTERNATIONAL_ORGANISATION' as const })) });
  await db().recordText.createMany({ data: made.map(({ id }, index) => ({ recordId: id, field: 'name', locale: 'en' as const, text: `Filter org ${run} ${index}`, status: 'ORIGINAL' as const })) });
  const links = slugs.map((slug) => ({ role: 'CONCERNS' as const, to: { type: 'ORGANISATION' as const, slug } }));
  await fixtures.create({ slug: `fo-${run}-all`, name: { en: 'All of them' }, links });
  await fixtures.create({ slug: `fo-${run}-last`, name: { en: 'The last one' }, links: links.slice(-1) });
}, 120_000);

afterAll(async () => {
  await fixtures?.removeAll();
  await db().record.deleteMany({ where: { slug: { startsWith: `fo-${run}-` } } });
  await closeAppDatabase();
});

describe('relation filters of a list', () => {
  it('offer the records most linked to the list, no more than the limit, and say there are more', async () => {
    const { getFilterOptions } = await import('@/lib/data/filter-options');
    const options = await getFilterOptions('statement');
    const organisations = options.related.organisation ?? [];
    expect(organisations).toHaveLength(limit);
    expect(options.capped).toContain('organisation');
    // The organisation two statements name is offered; the seed's, named by one, compete with the rest.
    expect(organisations.map((ref) => ref.slug)).toContain(`fo-${run}-${String(limit).padStart(3, '0')}`);
  });

  it('offer every linked record when there are fewer', async () => {
    const { getFilterOptions } = await import('@/lib/data/filter-options');
    const options = await getFilterOptions('person');
    expect(options.capped).toEqual([]);
    const seedOrganisations = await db().record.count({
      where: { type: 'ORGANISATION', state: 'PUBLISHED', deletedAt: null, positionsAt: { some: { person: { type: 'PERSON', state: 'PUBLISHED', deletedAt: null } } } },
    });
    expect(options.related.organisation?.length).toBeGreaterThanOrEqual(seedOrganisations);
  });
});
