import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/** Citation files a reference manager imports, and the formatted references a reader copies. */
pointAppAt();
type Handler = (request: Request, context: { params: Promise<{ type: string; slug: string }> }) => Promise<Response>;
let GET: Handler;

beforeAll(async () => {
  GET = (await import('@/app/api/v1/[type]/[slug]/cite/route')).GET as unknown as Handler;
});
afterAll(closeAppDatabase);

const cite = (type: string, slug: string, query: string) =>
  GET(new Request(`http://test/api/v1/${type}/${slug}/cite?${query}`), { params: Promise.resolve({ type, slug }) });

async function csto2018Statement() {
  const { db } = await import('@/lib/db/client');
  const row = await db().record.findFirstOrThrow({
    where: { type: 'STATEMENT', linksFrom: { some: { role: 'SPEAKER', to: { slug: 'csto-collective-security-council' } } } },
    select: { slug: true },
  });
  return row.slug;
}

describe('citations', () => {
  it('gives BibTeX that parses, with the speaker as author, the year and the permalink', async () => {
    const slug = await csto2018Statement();
    const response = await cite('statements', slug, 'format=bibtex&locale=ru');
    expect(response.status).toBe(200);
    const library = parseBibtex(await response.text());
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry.fields.year).toBe('2018');
    expect(entry.fields.url).toMatch(new RegExp(`/statements/${slug}$`));
    expect(JSON.stringify(entry.fields.author)).toContain('Совет коллективной безопасности');
  });

  it('gives RIS that parses: tagged lines, one record, closed by ER', async () => {
    const slug = await csto2018Statement();
    const text = await (await cite('statements', slug, 'format=ris&locale=en')).text();
    const lines = text.split('\r\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines).toContain('PY  - 2018');
    expect(lines).toContain('DA  - 2018/11/08');
  });

  it('gives CSL-JSON with the issued date parts', async () => {
    const slug = await csto2018Statement();
    const [item] = JSON.parse(await (await cite('statements', slug, 'format=csl')).text());
    expect(item.issued).toEqual({ 'date-parts': [[2018, 11, 8]] });
    expect(item.type).toBe('speech');
  });

  it('refuses an unknown format with 400 and an unknown record with 404', async () => {
    expect((await cite('statements', 'whatever', 'format=docx')).status).toBe(400);
    expect((await cite('organisations', 'no-such-body', 'format=ris')).status).toBe(404);
  });
});

describe('formatted references', () => {
  it('writes GOST R 7.0.100-2018 and Chicago references', async () => {
    const { gost, chicago } = await import('@/lib/citations/formats');
    const reference = {
      id: 'statement-x', title: 'Заявление', authors: ['Совет коллективной безопасности ОДКБ'], date: { year: 2018, month: 11, day: 8 },
      url: 'https://kb.example/statements/x', siteName: 'База знаний', language: 'ru' as const, kind: 'statement' as const, accessed: new Date(Date.UTC(2026, 10, 24)),
    };
    expect(gost(reference)).toBe('Совет коллективной безопасности ОДКБ. Заявление // База знаний : [сайт]. – 08.11.2018. – URL: https://kb.example/statements/x (дата обращения: 24.11.2026).');
    expect(chicago({ ...reference, language: 'en', title: 'Statement', siteName: 'KB' })).toBe(
      'Совет коллективной безопасности ОДКБ. “Statement.” KB. November 8, 2018. Accessed November 24, 2026. https://kb.example/statements/x.',
    );
  });
});
