import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { searchRecords as SearchRecords } from '@/lib/search/search';
import type { suggestRecords as SuggestRecords } from '@/lib/search/suggest';
import type { SearchQuery } from '@/lib/validation/search-query';

/**
 * The matching rules of the search, each with a query and the records it must find, taken from
 * the seed corpus (prisma/seed/data/*.json). Runs on the embedded database and on PostgreSQL.
 * The app's own client is the only one: the embedded database serves one connection.
 */
let searchRecords: typeof SearchRecords;
let suggestRecords: typeof SuggestRecords;
let prisma: PrismaClient;

beforeAll(async () => {
  process.env[inject('databaseKind') === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = inject('databaseUrl');
  ({ searchRecords } = await import('@/lib/search/search'));
  ({ suggestRecords } = await import('@/lib/search/suggest'));
  prisma = (await import('@/lib/db/client')).db();
});

afterAll(async () => {
  await prisma?.$disconnect();
});

type Query = Partial<Omit<SearchQuery, 'locale'>> & { q: string };

function search(query: Query, locale: 'en' | 'ru' = 'en') {
  return searchRecords({ page: 1, pageSize: 50, ...query }, locale);
}

async function slugs(query: Query, locale: 'en' | 'ru' = 'en') {
  const result = await search(query, locale);
  return result.hits.filter((hit) => hit.match === 'text').map((hit) => `${hit.type}:${hit.slug}`);
}

describe('search: matching', () => {
  it('finds Russian words in any case form (genitive → nominative)', async () => {
    const conferences = await slugs({ q: 'конференции' });
    expect(conferences).toContain('conference:international-conference-countering-extremism-terrorism-2018');
    expect(conferences).toContain('conference:regional-conference-central-south-asia-countering-violent-extremism');
    // "терроризма" (genitive) meets "терроризм", "терроризму" …
    expect(await slugs({ q: 'терроризма' })).toContain('initiative:kazakhstan-national-programme-countering-religious-extremism-terrorism');
  });

  it('finds English words in any form ("conferences" finds a conference)', async () => {
    const found = await slugs({ q: 'conferences' });
    expect(found).toContain('conference:international-conference-countering-extremism-terrorism-2018');
    expect(found).toContain('conference:regional-conference-central-south-asia-countering-violent-extremism');
  });

  it('treats ё and е as one letter, both ways', async () => {
    // The name is written "Организация Объединённых Наций", its alias "… Объединенных …".
    expect(await slugs({ q: 'Объединенных Наций' })).toContain('organisation:un');
    expect(await slugs({ q: 'Объединённых Наций' })).toContain('organisation:un');
    // "Наёмник" is only an alias with ё; the name is "Наемник".
    expect(await slugs({ q: 'наёмник' })).toContain('initiative:operation-mercenary');
  });

  it('ignores case and punctuation', async () => {
    expect(await slugs({ q: 'CoLLective, SECURITY!!! treaty...' })).toContain('organisation:csto');
  });

  it('finds a record by an alias in either language (ОДКБ, CSTO)', async () => {
    for (const q of ['ОДКБ', 'CSTO', 'одкб', 'Organization of the Collective Security Treaty']) {
      expect(await slugs({ q }), q).toContain('organisation:csto');
    }
    expect((await slugs({ q: 'ОДКБ' }))[0], 'the organisation itself ranks first').toBe('organisation:csto');
    expect((await slugs({ q: 'CSTO' }))[0]).toBe('organisation:csto');
  });

  it('finds an alias that is an English stop word ("US")', async () => {
    expect(await slugs({ q: 'US' })).toContain('country:united-states');
  });

  it('finds a person by the Latin transliteration of the Russian name, and by a variant spelling', async () => {
    expect(await slugs({ q: 'Kolokoltsev' })).toContain('person:vladimir-kolokoltsev');
    expect(await slugs({ q: 'Колокольцев' })).toContain('person:vladimir-kolokoltsev');
    expect(await slugs({ q: 'Sergei Shveikin' })).toContain('person:sergey-shveikin');
  });

  it('finds a person despite a typo or another transliteration, by name similarity', async () => {
    for (const [q, slug] of [
      ['Shveykin', 'sergey-shveikin'],
      ['Kolokolcev', 'vladimir-kolokoltsev'],
      ['Kolokolsev', 'vladimir-kolokoltsev'],
      ['Syromolotof', 'oleg-syromolotov'],
      ['Швейкен', 'sergey-shveikin'],
    ]) {
      const result = await search({ q });
      expect(result.hits.map((hit) => hit.slug), q).toContain(slug);
      expect(result.help.didYouMean.map((m) => m.record.slug), q).toContain(slug);
    }
  });

  it('matches a "quoted phrase" only where its words stand together', async () => {
    const phrase = await slugs({ q: '"terrorist ideology"' });
    const words = await slugs({ q: 'terrorist ideology' });
    expect(phrase).toContain('initiative:draft-unsc-resolution-countering-terrorist-ideology-2016');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(words.length);
    // Both words occur in the CSTO statement on propaganda, but not as this phrase.
    expect(await slugs({ q: '"ideology terrorist"' })).not.toContain('initiative:draft-unsc-resolution-countering-terrorist-ideology-2016');
  });

  it('ranks, counts and pages', async () => {
    const first = await search({ q: 'terrorism', pageSize: 5 });
    expect(first.total).toBeGreaterThan(10);
    expect(first.hits).toHaveLength(5);
    const scores = first.hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const second = await search({ q: 'terrorism', pageSize: 5, page: 2 });
    expect(second.hits.map((h) => h.slug)).not.toContain(first.hits[0].slug);
    const far = await search({ q: 'terrorism', page: 1_000_000 });
    expect(far.hits).toEqual([]);
    expect(far.total).toBe(first.total);
  });

  it('highlights the matched words in a snippet in the page language, ё kept as written', async () => {
    const result = await search({ q: 'наемник' }, 'ru');
    const statement = result.hits.find((hit) => hit.slug === 'csto-csc-2018-operations-proxy-and-mercenary');
    expect(statement?.snippet?.lang).toBe('ru');
    expect(statement?.snippet?.parts.some((part) => part.hit && /наемник/i.test(part.text))).toBe(true);
    const english = await search({ q: 'mercenary' }, 'en');
    const same = english.hits.find((hit) => hit.slug === 'csto-csc-2018-operations-proxy-and-mercenary');
    expect(same?.snippet?.lang).toBe('en');
    expect(same?.snippet?.parts.filter((part) => part.hit).map((part) => part.text.toLowerCase())).toContain('mercenary');
  });
});

describe('search: facets', () => {
  it('counts types, years, languages, organisations and countries, and the filters combine', async () => {
    const all = await search({ q: 'terrorism' });
    const typeCount = (type: string) => all.facets.type.find((f) => f.value === type)?.count ?? 0;
    expect(typeCount('statement')).toBeGreaterThan(5);
    expect(all.facets.organisation.map((f) => f.value)).toContain('csto-collective-security-council');
    expect(all.facets.lang.map((f) => f.value).sort()).toEqual(['en', 'ru']);

    const statements = await search({ q: 'terrorism', type: 'statement' });
    expect(statements.total).toBe(typeCount('statement'));
    expect(statements.hits.every((hit) => hit.type === 'statement')).toBe(true);

    const byCsc = await search({ q: 'terrorism', type: 'statement', organisation: 'csto-collective-security-council' });
    expect(byCsc.total).toBeGreaterThan(0);
    expect(byCsc.total).toBeLessThan(statements.total);
    expect(byCsc.hits.every((hit) => hit.slug.startsWith('csto-csc-2018'))).toBe(true);

    const in2018 = await search({ q: 'terrorism', type: 'statement', organisation: 'csto-collective-security-council', year: 2018, lang: 'ru' });
    expect(in2018.total).toBe(byCsc.total);
    const none = await search({ q: 'terrorism', organisation: 'csto-collective-security-council', lang: 'en' });
    expect(none.total).toBe(0);
    expect(none.help.withoutFilter).toContainEqual({ facet: 'lang', count: expect.any(Number) });
  });

  it('narrows by country', async () => {
    const kazakhstan = await slugs({ q: 'терроризм', country: 'kazakhstan' });
    expect(kazakhstan.length).toBeGreaterThan(0);
    expect(kazakhstan).toContain('statement:shveikin-kazakhstan-prevention-system-unique');
    expect(kazakhstan).not.toContain('statement:csto-csc-2018-leading-role-of-states');
  });
});

describe('search: suggestions', () => {
  it('suggests names and aliases by prefix as one types, in either script', async () => {
    const kolo = await suggestRecords('Kolo', 'en');
    expect(kolo[0]?.record.slug).toBe('vladimir-kolokoltsev');
    expect((await suggestRecords('Коло', 'ru')).map((s) => s.record.slug)).toContain('vladimir-kolokoltsev');
    expect((await suggestRecords('одк', 'ru')).map((s) => s.record.slug)).toContain('csto');
    expect((await suggestRecords('Shvey', 'en')).map((s) => s.record.slug)).toContain('sergey-shveikin');
    expect((await suggestRecords('vladimir kol', 'en')).map((s) => s.record.slug)).toEqual(['vladimir-kolokoltsev']);
    expect(await suggestRecords('!!!', 'en')).toEqual([]);
  });
});

describe('search: kept current by the database', () => {
  it('finds an edited text at once, and no longer finds the old one', async () => {
    const text = await prisma.recordText.findFirstOrThrow({
      where: { record: { type: 'PERSON', slug: 'irina-potekhina' }, field: 'name', locale: 'en' },
    });
    try {
      await prisma.recordText.update({ where: { id: text.id }, data: { text: 'Irina Zebrafinchova' } });
      expect(await slugs({ q: 'zebrafinchova' })).toEqual(['person:irina-potekhina']);
      expect((await suggestRecords('Zebrafin', 'en')).map((s) => s.record.slug)).toEqual(['irina-potekhina']);
    } finally {
      await prisma.recordText.update({ where: { id: text.id }, data: { text: text.text } });
    }
    expect(await slugs({ q: 'zebrafinchova' })).toEqual([]);
  });

  it('finds a new alias at once', async () => {
    const record = await prisma.record.findFirstOrThrow({ where: { type: 'ORGANISATION', slug: 'nac' } });
    const alias = await prisma.alias.create({ data: { recordId: record.id, locale: 'en', text: 'Quokkaterror Board', kind: 'VARIANT' } });
    try {
      expect(await slugs({ q: 'quokkaterror' })).toEqual(['organisation:nac']);
    } finally {
      await prisma.alias.delete({ where: { id: alias.id } });
    }
    expect(await slugs({ q: 'quokkaterror' })).toEqual([]);
  });

  it('finds only published, not deleted records', async () => {
    const record = await prisma.record.findFirstOrThrow({ where: { type: 'PERSON', slug: 'sergey-shveikin' } });
    expect(await slugs({ q: 'Швейкин', type: 'person' })).toEqual(['person:sergey-shveikin']);
    try {
      await prisma.record.update({ where: { id: record.id }, data: { state: 'DRAFT' } });
      expect(await slugs({ q: 'Швейкин', type: 'person' })).toEqual([]);
      expect((await search({ q: 'Shveykin' })).hits.map((h) => h.slug)).not.toContain('sergey-shveikin');
      expect((await suggestRecords('Швей', 'ru')).map((s) => s.record.slug)).not.toContain('sergey-shveikin');
      await prisma.record.update({ where: { id: record.id }, data: { state: 'PUBLISHED', deletedAt: new Date() } });
      expect(await slugs({ q: 'Швейкин', type: 'person' })).toEqual([]);
    } finally {
      await prisma.record.update({ where: { id: record.id }, data: { state: 'PUBLISHED', deletedAt: null } });
    }
    expect(await slugs({ q: 'Швейкин', type: 'person' })).toEqual(['person:sergey-shveikin']);
  });
});

describe('search: help when nothing is found', () => {
  it('offers names from the query, dropping a filter, and any of the words', async () => {
    const result = await search({ q: 'ОДКБ xylophonequark', type: 'person' });
    expect(result.total).toBe(0);
    expect(result.help.anyWords).toBe('одкб or xylophonequark');
    expect(result.help.withoutFilter).toEqual([{ facet: 'type', count: 0 }]);
    // Names from the query are offered whatever the filters: the CSTO is not a person.
    expect(result.help.namesInQuery.map((m) => m.record.slug)).toContain('csto');
  });

  it('says when the query has no searchable words', async () => {
    const result = await search({ q: '!!! ??? ...' });
    expect(result.noWords).toBe(true);
    expect(result.hits).toEqual([]);
  });
});
