import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/auth/session';
import { diffSnapshots, readSnapshot, snapshotOf, type FieldChange } from '@/lib/editor/snapshot';
import { parsePartialDate } from '@/lib/validation/common';
import { rolesFrom, type EditorInput } from '@/lib/validation/editor';
import type { LinkRoleName } from '@/lib/validation/link';
import type { RecordTypeName } from '@/lib/validation/records';
import { toDbType } from '../record-types';
import { writeAudit } from './audit';
import { assertCan } from './guard';
import { nextTexts } from './record-texts';
import { resolveReferences } from './references';
import { writeSubtype } from './subtypes';

type Tx = Prisma.TransactionClient;

export interface SavedRecord {
  id: string;
  type: RecordTypeName;
  slug: string;
  version: number;
  state: string;
}

export interface Conflict {
  /** The version saved meanwhile, and who saved it when. */
  version: number;
  by: string | null;
  at: string;
  /** What changed between the version this form was loaded at and the current one. */
  changes: FieldChange[];
}

export type SaveResult =
  | { ok: true; record: SavedRecord }
  | { ok: false; fieldErrors: Record<string, string[]> }
  | { ok: false; formError: 'notFound' | 'deleted' }
  | { ok: false; conflict: Conflict };

/**
 * Creates or updates one record with its texts, aliases, relations and sources, in one short
 * transaction that also stores the revision and the audit entry. A save names the version it was
 * loaded at; if another save came first, nothing is written and the caller gets the conflict.
 */
export async function saveRecord(actor: SessionUser, type: RecordTypeName, input: EditorInput): Promise<SaveResult> {
  assertCan(actor, input.id ? 'record.update' : 'record.create');
  if (input.intent === 'submit') assertCan(actor, 'record.submit');

  return db().$transaction(async (tx) => {
    const refs = await resolveReferences(tx, input);
    if (refs.fieldErrors) return { ok: false as const, fieldErrors: refs.fieldErrors };

    const current = input.id
      ? await tx.record.findFirst({
          where: { id: input.id, type: toDbType(type) },
          select: { id: true, version: true, state: true, deletedAt: true, slug: true, texts: { select: { field: true, locale: true, text: true, status: true, translatedBy: true, translatedAt: true } } },
        })
      : null;
    if (input.id && !current) return { ok: false as const, formError: 'notFound' as const };
    if (current?.deletedAt) return { ok: false as const, formError: 'deleted' as const };
    if (current && current.version !== input.version) return { ok: false as const, conflict: await conflictOf(tx, current.id, input.version) };

    const taken = await tx.record.findFirst({ where: { type: toDbType(type), slug: input.slug, NOT: current ? { id: current.id } : undefined }, select: { id: true } });
    if (taken) return { ok: false as const, fieldErrors: { slug: ['slugTaken'] } };
    // A country's ISO code is unique too: a second country with it is the editor's to fix, not a 500.
    if (input.type === 'country') {
      const sameCode = await tx.country.findFirst({ where: { iso2: input.attributes.iso2, NOT: current ? { recordId: current.id } : undefined }, select: { recordId: true } });
      if (sameCode) return { ok: false as const, fieldErrors: { 'attributes.iso2': ['iso2Taken'] } };
    }

    const date = input.date ? parsePartialDate(input.date) : null;
    const state = input.intent === 'submit' && (!current || current.state === 'DRAFT') ? 'IN_REVIEW' : current?.state ?? 'DRAFT';
    const columns = {
      slug: input.slug,
      originalLocale: input.originalLocale as Locale,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? null,
      endDate: input.endDate ? parsePartialDate(input.endDate).date : null,
      state,
    };
    const version = (current?.version ?? 0) + 1;
    let id: string;
    if (current) {
      // The version in the WHERE makes the check and the write one step, whatever runs beside it.
      const updated = await tx.record.updateMany({ where: { id: current.id, version: current.version }, data: { ...columns, version } });
      if (updated.count !== 1) return { ok: false as const, conflict: await conflictOf(tx, current.id, input.version) };
      id = current.id;
    } else {
      id = (await tx.record.create({ data: { ...columns, type: toDbType(type), version }, select: { id: true } })).id;
    }

    await writeSubtype(tx, id, input);
    const texts = nextTexts(input, columns.originalLocale, current?.texts ?? [], input.translationCurrent, actor.name);
    await tx.recordText.deleteMany({ where: { recordId: id } });
    await tx.recordText.createMany({ data: texts.map((text) => ({ ...text, recordId: id })) });
    await tx.alias.deleteMany({ where: { recordId: id } });
    await tx.alias.createMany({ data: input.aliases.map((alias) => ({ ...alias, recordId: id })), skipDuplicates: true });
    await syncRelations(tx, id, type, refs.relations);
    await syncEvidence(tx, id, refs.paragraphs);

    await tx.revision.create({
      data: { recordId: id, version, authorId: actor.id, summary: input.summary || null, snapshot: JSON.parse(JSON.stringify(snapshotOf(input, state))) },
    });
    await writeAudit(tx, actor, current ? 'record.update' : 'record.create', id, { type, slug: input.slug, version });
    if (state === 'IN_REVIEW' && current?.state !== 'IN_REVIEW') await writeAudit(tx, actor, 'record.submit', id, { type, slug: input.slug, version });
    return { ok: true as const, record: { id, type, slug: input.slug, version, state } };
  }, { timeout: 20_000, maxWait: 20_000 });
}

async function conflictOf(tx: Tx, recordId: string, loadedVersion: number): Promise<Conflict> {
  const revisions = await tx.revision.findMany({
    where: { recordId, version: { gte: loadedVersion } },
    orderBy: { version: 'asc' },
    select: { version: true, snapshot: true, createdAt: true, author: { select: { name: true } } },
  });
  const base = revisions.find((revision) => revision.version === loadedVersion);
  const latest = revisions.at(-1)!;
  return {
    version: latest.version,
    by: latest.author?.name ?? null,
    at: latest.createdAt.toISOString(),
    changes: diffSnapshots(base ? readSnapshot(base.snapshot) : null, readSnapshot(latest.snapshot)),
  };
}

/** The form owns the record's outgoing relations of the roles it shows: it sets them whole. */
async function syncRelations(tx: Tx, fromId: string, type: RecordTypeName, wanted: Map<LinkRoleName, string[]>) {
  const roles = rolesFrom(type);
  const existing = await tx.link.findMany({ where: { fromId, role: { in: roles } }, select: { id: true, role: true, toId: true } });
  const want = new Set([...wanted].flatMap(([role, ids]) => ids.map((toId) => `${role} ${toId}`)));
  const have = new Set(existing.map((link) => `${link.role} ${link.toId}`));
  const stale = existing.filter((link) => !want.has(`${link.role} ${link.toId}`)).map((link) => link.id);
  if (stale.length) await tx.link.deleteMany({ where: { id: { in: stale } } });
  const fresh = [...want].filter((key) => !have.has(key)).map((key) => {
    const [role, toId] = key.split(' ');
    return { fromId, role: role as LinkRoleName, toId };
  });
  if (fresh.length) await tx.link.createMany({ data: fresh, skipDuplicates: true });
}

async function syncEvidence(tx: Tx, recordId: string, paragraphIds: string[]) {
  await tx.evidence.deleteMany({ where: { recordId, paragraphId: { notIn: paragraphIds } } });
  const have = new Set((await tx.evidence.findMany({ where: { recordId }, select: { paragraphId: true } })).map((row) => row.paragraphId));
  const fresh = paragraphIds.filter((id) => !have.has(id));
  if (fresh.length) await tx.evidence.createMany({ data: fresh.map((paragraphId) => ({ paragraphId, recordId })) });
}
