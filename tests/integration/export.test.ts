import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/** Exports of filtered lists: what a spreadsheet or a script receives. */
pointAppAt();
type Handler = (request: Request, context: { params: Promise<{ type: string }> }) => Promise<Response>;
let GET: Handler;

beforeAll(async () => {
  GET = (await import('@/app/api/v1/export/[type]/route')).GET as unknown as Handler;
});
afterAll(closeAppDatabase);

const download = (type: string, query: string) => GET(new Request(`http://test/api/v1/export/${type}?${query}`), { params: Promise.resolve({ type }) });

/** RFC 4180, enough for the test: quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (quoted || c !== '\r') {
      field += c;
    }
  }
  return rows;
}

async function expectedSlugs(where: object) {
  const { db } = await import('@/lib/db/client');
  return (await db().record.findMany({ where: { state: 'PUBLISHED', deletedAt: null, ...where }, select: { slug: true } })).map((r) => r.slug).sort();
}

describe('exports', () => {
  it('streams a CSV with a BOM, one column per language, every record of the filtered set', async () => {
    const response = await download('statements', 'format=csv&organisation=csto-collective-security-council');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes).slice(1));
    expect(header).toEqual(expect.arrayContaining(['slug', 'name_en', 'name_ru', 'quote_en', 'quote_ru']));
    const slug = header.indexOf('slug');
    const expected = await expectedSlugs({ type: 'STATEMENT', linksFrom: { some: { to: { slug: 'csto-collective-security-council' } } } });
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((r) => r[slug]).sort()).toEqual(expected);
    const quoteRu = rows[0][header.indexOf('quote_ru')];
    expect(quoteRu).toMatch(/[а-яё]/i);
  });

  it('streams JSON that parses, with every record of the type', async () => {
    const response = await download('organisations', 'format=json');
    const items = JSON.parse(await response.text()) as { slug: string; name_en: string; name_ru: string }[];
    expect(items.map((i) => i.slug).sort()).toEqual(await expectedSlugs({ type: 'ORGANISATION' }));
    expect(items.find((i) => i.slug === 'csto')).toMatchObject({ name_ru: 'Организация Договора о коллективной безопасности' });
  });

  it.each(['format=xlsx', 'kind=NOPE', 'bogus=1'])('refuses %s with 400', async (query) => {
    const response = await download('initiatives', query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('bad_request');
  });
});
