import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/** Atom feeds per locale, globally and per organisation or initiative. */
pointAppAt();
type Handler = (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>;
let GET: Handler;

beforeAll(async () => {
  GET = (await import('@/app/[locale]/feed.xml/route')).GET as unknown as Handler;
});
afterAll(closeAppDatabase);

const feed = (locale: string, query = '') => GET(new Request(`http://test/${locale}/feed.xml${query}`), { params: Promise.resolve({ locale }) });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('Atom feeds', () => {
  it.each(['en', 'ru'])('is well-formed Atom with entries in %s', async (locale) => {
    const response = await feed(locale);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).feed;
    expect(doc['@xml:lang']).toBe(locale);
    expect(doc.entry.length).toBeGreaterThan(10);
    const titles: string[] = doc.entry.map((e: { title: string }) => String(e.title));
    const cyrillic = titles.filter((title) => /[а-яё]/i.test(title)).length;
    // Every statement has both languages, so each feed is entirely in its own language.
    expect(cyrillic).toBe(locale === 'ru' ? titles.length : 0);
  });

  it('narrows to one organisation', async () => {
    const doc = parser.parse(await (await feed('en', '?organisation=csto-collective-security-council')).text()).feed;
    const entries = Array.isArray(doc.entry) ? doc.entry : [doc.entry];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry.link['@href']).toMatch(/\/en\/statements\//);
  });

  it('refuses a malformed filter with 400', async () => {
    expect((await feed('en', '?initiative=%3Cscript%3E')).status).toBe(400);
  });
});
