import { createHash } from 'node:crypto';
import type { PrismaClient, Prisma } from '@/lib/generated/prisma/client';
import type { Locale, RecordType, TextStatus } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/validation/common';
import type { RecordInput } from '@/lib/validation/records';
import { writeSubtype } from '@/lib/data/admin/subtypes';
import type { Corpus, CorpusRecord, CorpusSource, EvidenceRef } from './corpus';

/**
 * A source document is one transaction of a few hundred statements; on disk, on a machine busy
 * with other work, that passed Prisma's default 5 s and the first `npm start` failed. The seed
 * runs before the app serves anyone, so a long transaction holds nobody up.
 */
const SEED_TRANSACTION = { timeout: 120_000, maxWait: 60_000 };

/**
 * Writes the corpus idempotently. A record whose declaration hash is unchanged is skipped; one
 * an editor has saved since the seed wrote it (version moved past seededVersion) is left alone.
 */
export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  keptEditorChanges: string[];
  links: number;
  linksChanged: number;
}

type Tx = Prisma.TransactionClient;
const EDITORIAL = 'editorial';

export async function writeCorpus(prisma: PrismaClient, corpus: Corpus): Promise<SeedReport> {
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, keptEditorChanges: [], links: 0, linksChanged: 0 };
  const existing = new Map(
    (
      await prisma.record.findMany({
        where: { seededVersion: { not: null } },
        select: { id: true, type: true, slug: true, version: true, seededVersion: true, seedHash: true },
      })
    ).map((row) => [`${row.type.toLowerCase()}:${row.slug}`, row]),
  );
  const sourcesBySlug = new Map(corpus.sources.map((source) => [source.document.slug, source]));

  // Sources first: every other record's evidence points at their paragraphs.
  const ordered = [...corpus.records.values()].sort((a, b) => Number(b.input.type === 'source') - Number(a.input.type === 'source'));
  let paragraphs: Map<string, string> | undefined;
  for (const record of ordered) {
    if (record.input.type !== 'source') paragraphs ??= await paragraphIds(prisma);
    const source = sourcesBySlug.get(record.input.slug);
    const hash = hashOf(record, record.input.type === 'source' ? source : undefined);
    const row = existing.get(record.key);
    if (row?.seedHash === hash) {
      report.unchanged++;
      continue;
    }
    if (row && row.version !== row.seededVersion) {
      report.keptEditorChanges.push(record.key);
      continue;
    }
    await prisma.$transaction(async (tx) => {
      const id = await upsertRecord(tx, record, hash, row);
      if (record.input.type === 'source' && source) await syncParagraphs(tx, id, source);
      else await syncEvidenceAndPositions(tx, id, record, paragraphs!, corpus);
    }, SEED_TRANSACTION);
    if (row) report.updated++;
    else report.created++;
  }
  report.links = corpus.links.size;
  report.linksChanged = await syncLinks(prisma, corpus, paragraphs ?? (await paragraphIds(prisma)));
  return report;
}

function hashOf(record: CorpusRecord, source?: CorpusSource): string {
  return createHash('sha256')
    .update(JSON.stringify({ record: { ...record, key: undefined }, paragraphs: source?.document.paragraphs, raw: source?.rawCapture }))
    .digest('hex');
}

async function upsertRecord(
  tx: Tx,
  record: CorpusRecord,
  seedHash: string,
  row: { id: string; version: number } | undefined,
): Promise<string> {
  const input = record.input;
  const type = input.type.toUpperCase() as RecordType;
  const date = input.date ? parsePartialDate(input.date) : null;
  const columns = {
    originalLocale: (input.originalLocale ?? 'en') as Locale,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    endDate: input.endDate ? parsePartialDate(input.endDate).date : null,
    state: 'PUBLISHED' as const,
    seedHash,
  };
  const version = row ? row.version + 1 : 1;
  const id = row
    ? (await tx.record.update({ where: { id: row.id }, data: { ...columns, version, seededVersion: version }, select: { id: true } })).id
    : (await tx.record.create({ data: { ...columns, type, slug: input.slug, version, seededVersion: version, publishedAt: new Date() }, select: { id: true } })).id;

  await tx.recordText.deleteMany({ where: { recordId: id } });
  await tx.recordText.createMany({ data: textRows(id, input) });
  await tx.alias.deleteMany({ where: { recordId: id } });
  await tx.alias.createMany({ data: input.aliases.map((alias) => ({ ...alias, recordId: id })), skipDuplicates: true });
  await writeSubtype(tx, id, record.input);
  await tx.revision.create({ data: { recordId: id, version, snapshot: JSON.parse(JSON.stringify(record)), summary: row ? 'seed update' : 'seed' } });
  return id;
}

function textRows(recordId: string, input: RecordInput) {
  const original = input.originalLocale ?? 'en';
  const rows: { recordId: string; field: string; locale: Locale; text: string; status: TextStatus; translatedBy: string | null; translatedAt: Date | null }[] = [];
  for (const [field, value] of Object.entries(input.texts)) {
    if (!value) continue;
    const present = (['ru', 'en'] as const).filter((locale) => value[locale]);
    for (const locale of present) {
      const isOriginal = locale === original || present.length === 1;
      rows.push({
        recordId, field, locale, text: value[locale]!,
        status: isOriginal ? 'ORIGINAL' : 'TRANSLATION',
        translatedBy: isOriginal ? null : EDITORIAL,
        translatedAt: isOriginal ? null : new Date(),
      });
    }
  }
  return rows;
}

async function syncParagraphs(tx: Tx, sourceId: string, source: CorpusSource) {
  const doc = source.document;
  await tx.source.update({ where: { recordId: sourceId }, data: { fileName: doc.file, rawCapture: source.rawCapture } });
  const keep = doc.paragraphs.map((p) => p.id);
  await tx.sourceParagraph.deleteMany({ where: { sourceId, anchor: { notIn: keep } } });
  // Positions move to negative numbers first so reordering never collides with the unique index.
  await tx.sourceParagraph.updateMany({ where: { sourceId }, data: { position: { multiply: -1 } } });
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    const kind = paragraph.kind.toUpperCase() as 'TEXT';
    const row = await tx.sourceParagraph.upsert({
      where: { sourceId_anchor: { sourceId, anchor: paragraph.id } },
      create: { sourceId, anchor: paragraph.id, position: index + 1, kind },
      update: { position: index + 1, kind },
      select: { id: true },
    });
    await tx.paragraphText.deleteMany({ where: { paragraphId: row.id } });
    await tx.paragraphText.createMany({
      data: (['ru', 'en'] as const).map((locale) => {
        const isOriginal = locale === doc.originalLocale;
        return {
          paragraphId: row.id, locale, text: paragraph[locale],
          status: isOriginal ? ('ORIGINAL' as const) : ('TRANSLATION' as const),
          translatedBy: isOriginal ? null : EDITORIAL,
          translatedAt: isOriginal ? null : new Date(),
        };
      }),
    });
  }
}

async function paragraphIds(prisma: PrismaClient | Tx): Promise<Map<string, string>> {
  const rows = await prisma.sourceParagraph.findMany({
    select: { id: true, anchor: true, source: { select: { record: { select: { slug: true } } } } },
  });
  return new Map(rows.map((row) => [`${row.source.record.slug}#${row.anchor}`, row.id]));
}

function evidenceRows(paragraphs: Map<string, string>, refs: EvidenceRef[]) {
  const ids = new Set(refs.map((ref) => paragraphs.get(`${ref.source}#${ref.anchor}`)));
  ids.delete(undefined);
  return [...ids] as string[];
}

async function syncEvidenceAndPositions(tx: Tx, recordId: string, record: CorpusRecord, paragraphs: Map<string, string>, corpus: Corpus) {
  await tx.evidence.deleteMany({ where: { recordId } });
  await tx.evidence.createMany({ data: evidenceRows(paragraphs, record.evidence).map((paragraphId) => ({ paragraphId, recordId })) });
  if (record.input.type !== 'person') return;
  await tx.position.deleteMany({ where: { personId: recordId } });
  for (const position of record.positions) {
    const organisation = position.organisation
      ? await tx.record.findUnique({ where: { type_slug: { type: 'ORGANISATION', slug: corpus.records.get(position.organisation)!.input.slug } }, select: { id: true } })
      : null;
    const asOf = position.asOf ? parsePartialDate(position.asOf).date : null;
    await tx.position.create({
      data: {
        personId: recordId,
        organisationId: organisation?.id ?? null,
        asOf,
        texts: { create: (['ru', 'en'] as const).filter((l) => position.title[l]).map((locale) => ({ locale, title: position.title[locale]!, status: locale === record.input.originalLocale ? 'ORIGINAL' : 'TRANSLATION' })) },
        evidence: { create: evidenceRows(paragraphs, position.evidence).map((paragraphId) => ({ paragraphId })) },
      },
    });
  }
}

/** Adds missing links and sets each seeded link's evidence; links editors added are untouched. Returns how many changed. */
async function syncLinks(prisma: PrismaClient, corpus: Corpus, paragraphs: Map<string, string>): Promise<number> {
  const ids = new Map(
    (await prisma.record.findMany({ where: { seededVersion: { not: null } }, select: { id: true, type: true, slug: true } }))
      .map((row) => [`${row.type.toLowerCase()}:${row.slug}`, row.id]),
  );
  const existing = new Map(
    (await prisma.link.findMany({ select: { id: true, fromId: true, role: true, toId: true, evidence: { select: { paragraphId: true } } } }))
      .map((link) => [`${link.fromId} ${link.role} ${link.toId}`, link]),
  );
  let changed = 0;
  for (const link of corpus.links.values()) {
    const fromId = ids.get(link.from)!;
    const toId = ids.get(link.to)!;
    const wanted = evidenceRows(paragraphs, link.evidence).sort();
    const row = existing.get(`${fromId} ${link.role} ${toId}`);
    const have = row?.evidence.map((e) => e.paragraphId).sort() ?? [];
    if (row && have.join() === wanted.join()) continue;
    changed++;
    await prisma.$transaction(async (tx) => {
      const id = row?.id ?? (await tx.link.create({ data: { fromId, toId, role: link.role }, select: { id: true } })).id;
      await tx.evidence.deleteMany({ where: { linkId: id } });
      await tx.evidence.createMany({ data: wanted.map((paragraphId) => ({ paragraphId, linkId: id })) });
    }, SEED_TRANSACTION);
  }
  return changed;
}
