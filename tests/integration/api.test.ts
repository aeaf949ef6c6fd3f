import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/** The read-only API against its own OpenAPI document: every answer must match what it promises. */
// One client only (the embedded database serves one connection): the app's own.
pointAppAt();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let list: Handler;
let one: Handler;
let openapi: { GET: (request: Request) => Response };
let document: ReturnType<typeof import('@/lib/api/openapi').openApiDocument>;
let ajv: Ajv2020;

beforeAll(async () => {
  list = (await import('@/app/api/v1/[type]/route')).GET as unknown as Handler;
  one = (await import('@/app/api/v1/[type]/[slug]/route')).GET as unknown as Handler;
  openapi = await import('@/app/api/v1/openapi.json/route');
  document = await openapi.GET(new Request('http://test/api/v1/openapi.json')).json();
  ajv = new Ajv2020({ strict: false });
  for (const [id, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${id}`);
});
afterAll(closeAppDatabase);

const call = (handler: Handler, path: string, params: Record<string, string>, headers: HeadersInit = {}) =>
  handler(new Request(`http://test${path}`, { headers }), { params: Promise.resolve(params) });

function expectMatches(id: string, body: unknown) {
  const validate = ajv.getSchema(`#/components/schemas/${id}`)!;
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });
});

describe('GET /api/v1/{type}', () => {
  const types = { statements: 'STATEMENT', conferences: 'CONFERENCE', organisations: 'ORGANISATION', initiatives: 'INITIATIVE', people: 'PERSON', sources: 'SOURCE', countries: 'COUNTRY' } as const;

  it.each(Object.entries(types))('lists every published %s, as documented', async (segment, dbType) => {
    const { db } = await import('@/lib/db/client');
    const expected = await db().record.count({ where: { type: dbType, state: 'PUBLISHED', deletedAt: null } });
    const response = await call(list, `/api/v1/${segment}?pageSize=100`, { type: segment });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    expectMatches('ListResponse', body);
    expect(body.total).toBe(expected);
    expect(body.items).toHaveLength(Math.min(expected, 100));
  });

  it('applies the same filters as the list pages', async () => {
    const response = await call(list, '/api/v1/initiatives?kind=OPERATION', { type: 'initiatives' });
    const body = await response.json();
    expect(body.items.map((item: { slug: string }) => item.slug).sort()).toEqual(['operation-mercenary', 'operation-proxy']);
  });

  it.each([
    ['page=-1'], ['page=abc'], ['pageSize=1000'], ['pageSize=0'], ['sort=sideways'], ['nonsense=1'], ['kind=XYZ'], ['year=99999'], ['locale=fr'], ["organisation=' OR 1=1 --"],
  ])('answers 400 with the error shape for %s', async (query) => {
    const response = await call(list, `/api/v1/statements?${query}`, { type: 'statements' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expectMatches('Error', body);
    expect(body.error.code).toBe('bad_request');
  });

  it('answers 404 for an unknown type', async () => {
    const response = await call(list, '/api/v1/widgets', { type: 'widgets' });
    expect(response.status).toBe(404);
    expectMatches('Error', await response.json());
  });

  it('answers 304 when the client already has the page', async () => {
    const first = await call(list, '/api/v1/organisations', { type: 'organisations' });
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await call(list, '/api/v1/organisations', { type: 'organisations' }, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/v1/{type}/{slug}', () => {
  it('gives a record in both languages with each field\'s status, its links and its sources', async () => {
    const response = await call(one, '/api/v1/organisations/csto', { type: 'organisations', slug: 'csto' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectMatches('Record', body);
    expect(body.fields.name.ru).toEqual({ text: 'Организация Договора о коллективной безопасности', status: 'original' });
    expect(body.fields.name.en).toEqual({ text: 'Collective Security Treaty Organization', status: 'translation' });
    expect(body.aliases).toContainEqual({ language: 'ru', text: 'ОДКБ', kind: 'acronym' });
    expect(body.links.length).toBeGreaterThan(0);
    expect(body.citations.length).toBeGreaterThan(0);
  });

  it('marks a language with no text as missing', async () => {
    const body = await (await call(one, '/api/v1/organisations/csto', { type: 'organisations', slug: 'csto' })).json();
    expect(body.fields.description ?? { en: { status: 'missing' } }).toMatchObject({ en: { status: 'missing' } });
  });

  it.each([['organisations', 'no-such-body'], ['organisations', '../../etc/passwd'], ['people', "x' OR '1'='1"]])('answers 404 in the error shape for %s/%s', async (type, slug) => {
    const response = await call(one, `/api/v1/${type}/${encodeURIComponent(slug)}`, { type, slug });
    expect(response.status).toBe(404);
    expectMatches('Error', await response.json());
  });
});

describe('GET /api/v1/search', () => {
  it('answers as documented, and errors in the documented shape', async () => {
    const { GET } = await import('@/app/api/v1/search/route');
    const ok = await GET(new Request('http://test/api/v1/search?q=%D0%9E%D0%94%D0%9A%D0%91'));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expectMatches('SearchResponse', body);
    expect(body.items[0].slug).toBe('csto');
    const bad = await GET(new Request('http://test/api/v1/search?q=x&page=-1'));
    expect(bad.status).toBe(400);
    expectMatches('Error', await bad.json());
  });

  it('documents the search endpoints', () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/search', '/api/v1/search/suggest']));
  });
});
