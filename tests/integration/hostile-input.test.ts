import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filtersByType } from '@/lib/validation/list-query';
import { typeFromSegment } from '@/lib/api/record-type-param';
import { hostileStrings } from '../fixtures/hostile-strings';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { plantDraft } from '../helpers/planted-draft';

/**
 * SQL injection, path traversal and malformed strings in every parameter of every API route
 * and the feeds, route handlers called directly: never a 500, never a stack trace or database
 * message, and never a record that is not published. A draft with a marker in its texts is
 * planted first, so "no data exposed" is checked, not assumed.
 */
pointAppAt();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const MARKER = 'HOSTILEDRAFTMARKER';
const DRAFT_SLUG = 'hostile-input-unpublished-draft';
const segments = ['statements', 'conferences', 'organisations', 'initiatives', 'people', 'sources', 'countries'];
const routes: Record<string, Handler> = {};
let draftId = '';
let tried = 0;

beforeAll(async () => {
  routes.list = (await import('@/app/api/v1/[type]/route')).GET as unknown as Handler;
  routes.one = (await import('@/app/api/v1/[type]/[slug]/route')).GET as unknown as Handler;
  routes.cite = (await import('@/app/api/v1/[type]/[slug]/cite/route')).GET as unknown as Handler;
  routes.export = (await import('@/app/api/v1/export/[type]/route')).GET as unknown as Handler;
  routes.search = (await import('@/app/api/v1/search/route')).GET as unknown as Handler;
  routes.suggest = (await import('@/app/api/v1/search/suggest/route')).GET as unknown as Handler;
  routes.feed = (await import('@/app/[locale]/feed.xml/route')).GET as unknown as Handler;
  const { db } = await import('@/lib/db/client');
  draftId = await plantDraft(db(), DRAFT_SLUG, MARKER);
});

afterAll(async () => {
  const { db } = await import('@/lib/db/client');
  if (draftId) await db().record.delete({ where: { id: draftId } });
  await closeAppDatabase();
});

async function expectSafe(route: string, path: string, params: Record<string, string>) {
  tried++;
  const response = await routes[route](new Request(`http://test${path}`), { params: Promise.resolve(params) });
  const body = await response.text();
  const where = `${route} ${path} ${JSON.stringify(params)}`;
  expect(response.status, where).toBeLessThan(500);
  expect(body, where).not.toContain(MARKER);
  expect(body, where).not.toContain(DRAFT_SLUG);
  expect(body, where).not.toMatch(/\n\s+at \S+ \(|prisma|syntax error at|ECONN|relation ".*" does not exist/i);
  if (response.status >= 400 && path.startsWith('/api/')) expect(JSON.parse(body), where).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
}

/** Percent-encodes the UTF-8 bytes, as a client would send them (lone surrogates included). */
const q = (name: string, value: string) => `${name}=${[...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')}`;

describe('hostile input to the API', () => {
  it('the planted draft is real and invisible to readers', async () => {
    const { db } = await import('@/lib/db/client');
    expect(await db().record.count({ where: { slug: DRAFT_SLUG, state: 'DRAFT' } })).toBe(1);
    const response = await routes.one(new Request(`http://test/api/v1/organisations/${DRAFT_SLUG}`), { params: Promise.resolve({ type: 'organisations', slug: DRAFT_SLUG }) });
    expect(response.status).toBe(404);
    const search = await routes.search(new Request(`http://test/api/v1/search?q=${MARKER}`), { params: Promise.resolve({}) });
    expect(await search.json()).toMatchObject({ total: 0 });
  });

  it('in every list parameter of every type', async () => {
    for (const segment of segments) {
      const type = typeFromSegment(segment)!;
      const names = ['q', 'page', 'pageSize', 'sort', 'unknown', ...filtersByType[type]];
      for (const name of names) {
        for (const value of hostileStrings) await expectSafe('list', `/api/v1/${segment}?${q(name, value)}`, { type: segment });
      }
    }
  });

  it('in the type and slug of a record, its citation and its export', async () => {
    for (const value of hostileStrings) {
      await expectSafe('list', `/api/v1/x`, { type: value });
      await expectSafe('export', `/api/v1/export/x?format=csv`, { type: value });
      for (const segment of segments) {
        await expectSafe('one', `/api/v1/${segment}/x`, { type: segment, slug: value });
        await expectSafe('cite', `/api/v1/${segment}/x/cite`, { type: segment, slug: value });
      }
      await expectSafe('cite', `/api/v1/organisations/csto/cite?${q('format', value)}`, { type: 'organisations', slug: 'csto' });
      await expectSafe('cite', `/api/v1/organisations/csto/cite?${q('locale', value)}`, { type: 'organisations', slug: 'csto' });
      for (const name of ['format', 'q', 'organisation', 'country', 'year', 'sort']) {
        await expectSafe('export', `/api/v1/export/statements?${q(name, value)}`, { type: 'statements' });
      }
    }
  });

  it('in every search and suggestion parameter, and in the feeds', async () => {
    for (const value of hostileStrings) {
      for (const name of ['q', 'page', 'pageSize', 'locale', 'type', 'organisation', 'country', 'year', 'lang', 'other']) {
        await expectSafe('search', `/api/v1/search?q=csto&${q(name, value)}`, {});
      }
      for (const name of ['q', 'locale', 'type']) await expectSafe('suggest', `/api/v1/search/suggest?q=cs&${q(name, value)}`, {});
      await expectSafe('feed', '/en/feed.xml', { locale: value });
      for (const name of ['organisation', 'initiative', 'x']) await expectSafe('feed', `/en/feed.xml?${q(name, value)}`, { locale: 'en' });
    }
  });

  afterAll(() => {
    // The count of inputs tried, for the report (printed, not asserted: it grows with the corpus).
    console.info(`hostile-input: ${tried} requests, no 500, no draft exposed`);
  });
});
