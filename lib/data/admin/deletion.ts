import 'server-only';
import { db } from '@/lib/db/client';
import type { SessionUser } from '@/lib/auth/session';
import { fromDbType } from '../record-types';
import { writeAudit } from './audit';
import { assertCan } from './guard';

export interface Referrer {
  type: string;
  slug: string;
  role: string;
  names: { locale: string; text: string }[];
}

/** Records (not deleted) that link to this one: what a delete would hide from their pages. */
export async function listReferrers(id: string): Promise<Referrer[]> {
  const links = await db().link.findMany({
    where: { toId: id, from: { deletedAt: null } },
    select: { role: true, from: { select: { type: true, slug: true, texts: { where: { field: 'name' }, select: { locale: true, text: true } } } } },
    orderBy: { createdAt: 'asc' },
  });
  return links.map((link) => ({ type: fromDbType(link.from.type), slug: link.from.slug, role: link.role, names: link.from.texts }));
}

export type DeleteResult =
  | { ok: true; record: { type: string; slug: string } }
  | { ok: false; formError: 'notFound' | 'alreadyDeleted' | 'notDeleted' }
  | { ok: false; referrers: Referrer[] };

/**
 * Soft delete: the record leaves every public page, list, search and feed, and links to it are
 * hidden, but nothing is removed, so a restore brings it all back. Records others link to are
 * deleted only once the editor has seen which ones and confirmed.
 */
export async function softDeleteRecord(actor: SessionUser, id: string, options: { confirmed: boolean }): Promise<DeleteResult> {
  assertCan(actor, 'record.delete');
  const record = await db().record.findUnique({ where: { id }, select: { type: true, slug: true, deletedAt: true } });
  if (!record) return { ok: false, formError: 'notFound' };
  if (record.deletedAt) return { ok: false, formError: 'alreadyDeleted' };
  const referrers = await listReferrers(id);
  if (referrers.length && !options.confirmed) return { ok: false, referrers };
  const type = fromDbType(record.type);
  await db().$transaction(async (tx) => {
    await tx.record.update({ where: { id }, data: { deletedAt: new Date() } });
    await writeAudit(tx, actor, 'record.delete', id, { type, slug: record.slug, referrers: referrers.length });
  });
  return { ok: true, record: { type, slug: record.slug } };
}

export async function restoreDeletedRecord(actor: SessionUser, id: string): Promise<DeleteResult> {
  assertCan(actor, 'record.undelete');
  const record = await db().record.findUnique({ where: { id }, select: { type: true, slug: true, deletedAt: true } });
  if (!record) return { ok: false, formError: 'notFound' };
  if (!record.deletedAt) return { ok: false, formError: 'notDeleted' };
  const type = fromDbType(record.type);
  await db().$transaction(async (tx) => {
    await tx.record.update({ where: { id }, data: { deletedAt: null } });
    await writeAudit(tx, actor, 'record.undelete', id, { type, slug: record.slug });
  });
  return { ok: true, record: { type, slug: record.slug } };
}
