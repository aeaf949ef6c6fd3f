import 'server-only';
import { db } from '@/lib/db/client';
import type { SessionUser } from '@/lib/auth/session';
import { diffSnapshots, readSnapshot, type FieldChange, type Snapshot } from '@/lib/editor/snapshot';
import type { EditorInput } from '@/lib/validation/editor';
import { recordRefSchema } from '@/lib/validation/editor';
import type { RecordTypeName } from '@/lib/validation/records';
import { assertCan } from './guard';
import { saveRecord, type SaveResult } from './record-save';

export interface RevisionSummary {
  version: number;
  at: string;
  author: string | null;
  summary: string | null;
  /** Fields changed against the previous revision. */
  changed: string[];
}

export async function listRevisions(actor: SessionUser, recordId: string): Promise<RevisionSummary[]> {
  assertCan(actor, 'admin.read');
  const rows = await db().revision.findMany({
    where: { recordId },
    orderBy: { version: 'asc' },
    select: { version: true, createdAt: true, summary: true, snapshot: true, author: { select: { name: true } } },
  });
  let previous: Snapshot | null = null;
  const list = rows.map((row) => {
    const snapshot = readSnapshot(row.snapshot);
    const changed = diffSnapshots(previous, snapshot).map((change) => change.field);
    previous = snapshot;
    return { version: row.version, at: row.createdAt.toISOString(), author: row.author?.name ?? null, summary: row.summary, changed };
  });
  return list.reverse();
}

export async function compareRevisions(actor: SessionUser, recordId: string, from: number, to: number): Promise<FieldChange[] | null> {
  assertCan(actor, 'admin.read');
  const rows = await db().revision.findMany({ where: { recordId, version: { in: [from, to] } }, select: { version: true, snapshot: true } });
  const a = rows.find((row) => row.version === from);
  const b = rows.find((row) => row.version === to);
  if (!a || !b) return null;
  return diffSnapshots(readSnapshot(a.snapshot), readSnapshot(b.snapshot));
}

/**
 * Restore = save the old content again as a new version (history only grows). Relations and
 * sources the old revision did not record (the seed's) are kept as they are now.
 */
export async function restoreRevision(actor: SessionUser, recordId: string, version: number): Promise<SaveResult> {
  assertCan(actor, 'revision.restore');
  const [record, revision] = await Promise.all([
    db().record.findUnique({ where: { id: recordId }, select: { type: true, version: true, linksFrom: { select: { role: true, to: { select: { type: true, slug: true } } } }, evidence: { select: { paragraph: { select: { anchor: true, source: { select: { record: { select: { slug: true } } } } } } } } } }),
    db().revision.findUnique({ where: { recordId_version: { recordId, version } }, select: { snapshot: true } }),
  ]);
  const snapshot = revision ? readSnapshot(revision.snapshot) : null;
  if (!record || !snapshot) return { ok: false, formError: 'notFound' };
  const currentRelations: Record<string, string[]> = {};
  for (const link of record.linksFrom) (currentRelations[link.role] ??= []).push(`${link.to.type.toLowerCase()}:${link.to.slug}`);
  const relations = snapshot.relations ?? currentRelations;
  const evidence = snapshot.evidence ?? record.evidence.map((item) => `${item.paragraph.source.record.slug}#${item.paragraph.anchor}`);
  const input: EditorInput = {
    ...snapshot.input,
    aliases: snapshot.input.aliases ?? [],
    originalLocale: snapshot.input.originalLocale ?? 'en',
    id: recordId,
    version: record.version,
    relations: Object.fromEntries(Object.entries(relations).map(([role, refs]) => [role, refs.map((ref) => recordRefSchema.parse(ref))])),
    evidence: evidence.map((ref) => {
      const [source, anchor] = ref.split('#');
      return { source, anchor };
    }),
    translationCurrent: [],
    summary: `↺ ${version}`,
    intent: 'save',
  };
  return saveRecord(actor, record.type.toLowerCase() as RecordTypeName, input);
}
