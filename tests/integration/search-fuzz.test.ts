import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { searchRecords as SearchRecords } from '@/lib/search/search';
import type { suggestRecords as SuggestRecords } from '@/lib/search/suggest';
import { parseSearchQueryLeniently } from '@/lib/validation/search-query';

/**
 * Bad input never breaks the search: the search function (as the page calls it, after the
 * lenient parse) never throws, and the API answers 200 or 400 with { error: { code, message } },
 * never a 500, for hand-picked nasty inputs and a few hundred generated ones (deterministic).
 */
let searchRecords: typeof SearchRecords;
let suggestRecords: typeof SuggestRecords;
let searchGET: (request: Request) => Promise<Response>;
let suggestGET: (request: Request) => Promise<Response>;
let prisma: PrismaClient;

beforeAll(async () => {
  process.env[inject('databaseKind') === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = inject('databaseUrl');
  ({ searchRecords } = await import('@/lib/search/search'));
  ({ suggestRecords } = await import('@/lib/search/suggest'));
  ({ GET: searchGET } = await import('@/app/api/v1/search/route'));
  ({ GET: suggestGET } = await import('@/app/api/v1/search/suggest/route'));
  prisma = (await import('@/lib/db/client')).db();
});

afterAll(async () => {
  await prisma?.$disconnect();
});

/** mulberry32: the same "random" strings on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  'ОДКБ', 'CSTO', 'терроризма', 'conference', 'Kolokolcev', 'ёжик', 'Ё', 'Türkiye', '東京', 'مرحبا', '🙂', '👩🏽‍🚀', '🇷🇺',
  '"', "'", '"unbalanced', '&', '|', '!', ':', '*', ':*', '(', ')', '<->', '<2>', '\\', '\\\\', '-', 'or', 'OR', 'and', 'not',
  "'; DROP TABLE \"Record\"; --", '1=1', 'UNION SELECT', '$1', '%', '_', '\u0001', '\u0007', '\t', '\n', '\u200b', '\u00a0',
  'a', 'the', 'и', '0', '2018', ' ', '  ', '\uD83D', '\uDE42', '\uFFFD', '\uE000', '\uE001', '\uE002', '\\x00', 'null', 'undefined',
];

function randomQuery(next: () => number): string {
  const count = 1 + Math.floor(next() * 8);
  let text = '';
  for (let i = 0; i < count; i++) {
    text += pieces[Math.floor(next() * pieces.length)];
    if (next() < 0.6) text += ' ';
    if (next() < 0.1) text += String.fromCharCode(1 + Math.floor(next() * 0x2fff));
  }
  return text;
}

const nasty = [
  '', ' ', 'x'.repeat(10_000), 'ОДКБ '.repeat(2_000), '!!!', '"', '"""', '"ОДКБ', "'", "''", '((((', '))))', '& | ! : * ( ) <->',
  "' OR 1=1 --", "'; DROP TABLE \"Record\"; --", 'SELECT * FROM "Record"', '\\', '\\\\\\', '🙂🙂🙂', '🙂'.repeat(600),
  'ОДКБ CSTO 北京 Ωmega', 'a:* & b', '!csto', '-csto', 'csto -одкб', '"csto" or "одкб"', '\u0001\u0002\u0003', 'tab\there',
  'the', 'и', '2018', '<2>', '<->', 'csto <-> одкб', 'x:*', '*', ':', '%_%', '\uD83D', 'Ё'.repeat(500),
];

const API = 'http://localhost/api/v1/search';

function url(path: string, params: Record<string, string>) {
  return new Request(`${path}?${new URLSearchParams(params)}`);
}

async function expectNo500(response: Response, label: string) {
  expect([200, 400], label).toContain(response.status);
  const body = await response.json();
  if (response.status === 400) {
    expect(body.error.code, label).toBe('bad_request');
    expect(typeof body.error.message, label).toBe('string');
  } else {
    expect(Array.isArray(body.items), label).toBe(true);
  }
  return response.status;
}

describe('search: bad input', () => {
  const next = generator(20261124);
  const generated = Array.from({ length: 300 }, () => randomQuery(next));
  const inputs = [...nasty, ...generated];

  it('the search the page runs never throws', async () => {
    const errors: string[] = [];
    for (const q of inputs) {
      const { query } = parseSearchQueryLeniently({ q });
      try {
        await searchRecords(query, 'ru');
      } catch (error) {
        errors.push(`${JSON.stringify(q.slice(0, 80))}: ${(error as Error).message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('the suggestions never throw', async () => {
    const errors: string[] = [];
    for (const q of inputs) {
      try {
        await suggestRecords(q.slice(0, 100), 'en');
      } catch (error) {
        errors.push(`${JSON.stringify(q.slice(0, 80))}: ${(error as Error).message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('the API answers 200 or a 400 with a plain message, never a 500', async () => {
    for (const q of inputs) {
      await expectNo500(await searchGET(url(API, { q })), `search ${JSON.stringify(q.slice(0, 80))}`);
      await expectNo500(await suggestGET(url(`${API}/suggest`, { q })), `suggest ${JSON.stringify(q.slice(0, 80))}`);
    }
  });

  it('refuses invalid parameters with 400, accepts valid ones', async () => {
    const bad: Record<string, string>[] = [
      {},
      { q: '' },
      { q: 'x'.repeat(501) },
      { q: 'csto', page: '-1' },
      { q: 'csto', page: '0' },
      { q: 'csto', page: '1000000000' },
      { q: 'csto', page: 'abc' },
      { q: 'csto', pageSize: '1000' },
      { q: 'csto', type: 'unknown' },
      { q: 'csto', type: 'statements' },
      { q: 'csto', lang: 'de' },
      { q: 'csto', year: '99999' },
      { q: 'csto', organisation: 'Not A Slug!' },
      { q: 'csto', color: 'blue' },
    ];
    for (const params of bad) {
      expect(await expectNo500(await searchGET(url(API, params)), JSON.stringify(params)), JSON.stringify(params)).toBe(400);
    }
    const good: Record<string, string>[] = [
      { q: 'csto' },
      { q: 'x'.repeat(500) },
      { q: 'csto', page: '99999' },
      { q: 'csto', type: 'organisation', lang: 'en', year: '2018', country: 'nowhere-land', organisation: 'no-such-body', locale: 'ru' },
    ];
    for (const params of good) {
      expect(await expectNo500(await searchGET(url(API, params)), JSON.stringify(params)), JSON.stringify(params)).toBe(200);
    }
  });

  it('answers the documented shape', async () => {
    const response = await searchGET(url(API, { q: 'ОДКБ', locale: 'ru' }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]).toMatchObject({ type: 'organisation', slug: 'csto', title: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' } });
    expect(typeof body.items[0].score).toBe('number');
    const withSnippet = body.items.find((item: { snippet: string | null }) => item.snippet);
    for (const [offset, length] of withSnippet.highlights) expect(withSnippet.snippet.slice(offset, offset + length).toLowerCase()).toMatch(/одкб|csto/);
    const suggest = await (await suggestGET(url(`${API}/suggest`, { q: 'Kolo' }))).json();
    expect(suggest.items[0]).toMatchObject({ type: 'person', slug: 'vladimir-kolokoltsev', url: '/api/v1/people/vladimir-kolokoltsev' });
  });

  it('the lenient parse keeps what parses and drops the rest', () => {
    const parsed = parseSearchQueryLeniently({ q: 'x'.repeat(600), page: '-1', type: 'unknown', year: '2018', lang: 'de', organisation: 'csto', extra: '1' });
    expect(parsed.truncated).toBe(true);
    expect(parsed.query.q).toHaveLength(500);
    expect(parsed.query).toMatchObject({ page: 1, year: 2018, organisation: 'csto' });
    expect(parsed.ignored.sort()).toEqual(['extra', 'lang', 'page', 'type']);
    expect(parseSearchQueryLeniently({ q: 'a', page: '1000000000' }).query.page).toBe(100_000);
  });
});
