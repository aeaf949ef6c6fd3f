import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSeed } from '@/lib/seed/run';
import { testDb } from '../helpers/db';

const prisma = testDb();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function rowCounts() {
  return {
    records: await prisma.record.count(),
    texts: await prisma.recordText.count(),
    aliases: await prisma.alias.count(),
    paragraphs: await prisma.sourceParagraph.count(),
    paragraphTexts: await prisma.paragraphText.count(),
    links: await prisma.link.count(),
    positions: await prisma.position.count(),
    evidence: await prisma.evidence.count(),
    revisions: await prisma.revision.count(),
  };
}

describe('seed corpus', () => {
  it('loads the five source documents with their raw captures', async () => {
    const sources = await prisma.source.findMany({ select: { fileName: true, rawCapture: true } });
    expect(sources).toHaveLength(5);
    for (const source of sources) {
      expect(source.rawCapture).toBe(readFileSync(join('prisma/seed/sources', source.fileName!), 'utf8'));
    }
  });

  it('derives each paragraph of the original verbatim from its raw capture', async () => {
    const paragraphs = await prisma.paragraphText.findMany({
      where: { status: 'ORIGINAL' },
      select: { text: true, paragraph: { select: { anchor: true, source: { select: { rawCapture: true } } } } },
    });
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const { text, paragraph } of paragraphs) {
      expect(collapse(paragraph.source.rawCapture!), paragraph.anchor).toContain(collapse(text));
    }
  });

  it('gives every paragraph both languages, one of them the original', async () => {
    const paragraphs = await prisma.sourceParagraph.findMany({ select: { texts: { select: { locale: true, status: true } } } });
    for (const { texts } of paragraphs) {
      expect(texts.map((t) => t.locale).sort()).toEqual(['en', 'ru']);
      expect(texts.filter((t) => t.status === 'ORIGINAL')).toHaveLength(1);
    }
  });

  it('quotes every statement verbatim from the paragraphs it cites, in both languages', async () => {
    const statements = await prisma.record.findMany({
      where: { type: 'STATEMENT', seededVersion: { not: null } },
      select: {
        slug: true,
        texts: { where: { field: 'quote' }, select: { locale: true, text: true, status: true } },
        evidence: { select: { paragraph: { select: { texts: { select: { locale: true, text: true } } } } } },
      },
    });
    expect(statements.length).toBeGreaterThan(30);
    for (const statement of statements) {
      expect(statement.texts.map((t) => t.locale).sort(), statement.slug).toEqual(['en', 'ru']);
      for (const quote of statement.texts) {
        const cited = statement.evidence.flatMap((e) => e.paragraph.texts.filter((t) => t.locale === quote.locale).map((t) => t.text));
        expect(cited.some((text) => text.includes(quote.text)), `${statement.slug} (${quote.locale})`).toBe(true);
      }
    }
  });

  it('cites at least one source paragraph for every record', async () => {
    const uncited = await prisma.record.findMany({
      where: { type: { not: 'SOURCE' }, seededVersion: { not: null }, evidence: { none: {} } },
      select: { type: true, slug: true },
    });
    expect(uncited).toEqual([]);
  });

  it('names every record in both languages', async () => {
    // The seed's own records: other test files add drafts of their own to the same database.
    const records = await prisma.record.findMany({ where: { seededVersion: { not: null } }, select: { slug: true, texts: { where: { field: 'name' }, select: { locale: true } } } });
    for (const record of records) expect(record.texts.map((t) => t.locale).sort(), record.slug).toEqual(['en', 'ru']);
  });

  it('does not name the interview speaker the document leaves unnamed', async () => {
    const speakers = await prisma.link.count({
      where: { role: 'SPEAKER', from: { evidence: { some: { paragraph: { source: { record: { slug: 'interview-russia-counter-terrorism-initiatives' } } } } } } },
    });
    expect(speakers).toBe(0);
  });

  it('changes nothing when run a second time', async () => {
    const before = await rowCounts();
    const summary = await runSeed(prisma);
    expect(summary).toMatch(/ 0 created, 0 updated/);
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps a record an editor changed since it was seeded", async () => {
    const record = await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'ORGANISATION', slug: 'csto' } }, select: { id: true, version: true } });
    const where = { recordId_field_locale: { recordId: record.id, field: 'name', locale: 'en' as const } };
    const original = (await prisma.recordText.findUniqueOrThrow({ where })).text;
    // An editor's save: new text, next version. The seed's hash no longer matches either.
    await prisma.recordText.update({ where, data: { text: 'Edited by an editor' } });
    await prisma.record.update({ where: { id: record.id }, data: { version: record.version + 1, seedHash: 'stale' } });

    const summary = await runSeed(prisma);
    expect(summary).toContain('1 kept as editors changed them');
    expect((await prisma.recordText.findUniqueOrThrow({ where })).text).toBe('Edited by an editor');

    // Back to the seed's state for the other tests.
    await prisma.record.update({ where: { id: record.id }, data: { version: record.version, seededVersion: record.version } });
    await runSeed(prisma);
    expect((await prisma.recordText.findUniqueOrThrow({ where })).text).toBe(original);
  });
});
