import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationState } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/auth/session';
import type { RecordTypeName } from '@/lib/validation/records';
import { fromDbType, toDbType } from '../record-types';
import type { TextRow } from '../texts';
import { assertCan } from './guard';

/** Records as the editors' lists show them: every state, fresh (never cached). */
export interface AdminRecordRow {
  id: string;
  type: RecordTypeName;
  slug: string;
  state: PublicationState;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  names: TextRow[];
}

export interface AdminListQuery {
  type?: RecordTypeName;
  state?: PublicationState;
  q?: string;
  deleted?: boolean;
  page: number;
}

export const ADMIN_PAGE_SIZE = 25;

export async function listAdminRecords(actor: SessionUser, query: AdminListQuery): Promise<{ rows: AdminRecordRow[]; total: number }> {
  assertCan(actor, 'admin.read');
  const folded = query.q?.trim().toLowerCase().replaceAll('ё', 'е');
  const where: Prisma.RecordWhereInput = {
    synthetic: false,
    deletedAt: query.deleted ? { not: null } : null,
    ...(query.type ? { type: toDbType(query.type) } : {}),
    ...(query.state ? { state: query.state } : {}),
    ...(folded ? { OR: [{ slug: { contains: folded } }, { sortNameEn: { contains: folded } }, { sortNameRu: { contains: folded } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().record.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, type: true, slug: true, state: true, version: true, updatedAt: true, deletedAt: true, texts: { where: { field: 'name' }, select: { field: true, locale: true, text: true, status: true } } },
    }),
    db().record.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id, type: fromDbType(row.type), slug: row.slug, state: row.state, version: row.version,
      updatedAt: row.updatedAt.toISOString(), deletedAt: row.deletedAt?.toISOString() ?? null, names: row.texts,
    })),
  };
}

/** How many records wait in each state: the dashboard's first line. */
export async function countByState(actor: SessionUser): Promise<Record<PublicationState, number>> {
  assertCan(actor, 'admin.read');
  const groups = await db().record.groupBy({ by: ['state'], where: { deletedAt: null, synthetic: false }, _count: { _all: true } });
  const counts: Record<PublicationState, number> = { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 };
  for (const group of groups) counts[group.state] = group._count._all;
  return counts;
}

export interface RecordOption {
  ref: string;
  type: RecordTypeName;
  slug: string;
  state: PublicationState;
  names: TextRow[];
}

/** The relation pickers' suggestions: records of the allowed types whose name or slug matches. */
export async function suggestRecords(actor: SessionUser, types: RecordTypeName[], q: string, limit = 12): Promise<RecordOption[]> {
  assertCan(actor, 'admin.read');
  const folded = q.trim().toLowerCase().replaceAll('ё', 'е');
  const rows = await db().record.findMany({
    where: {
      deletedAt: null,
      type: { in: types.map(toDbType) },
      ...(folded ? { OR: [{ slug: { contains: folded } }, { sortNameEn: { contains: folded } }, { sortNameRu: { contains: folded } }, { aliases: { some: { text: { contains: q.trim(), mode: 'insensitive' } } } }] } : {}),
    },
    orderBy: [{ sortNameEn: 'asc' }],
    take: limit,
    select: { type: true, slug: true, state: true, texts: { where: { field: { in: ['name', 'shortName'] } }, select: { field: true, locale: true, text: true, status: true } } },
  });
  return rows.map((row) => ({ ref: `${fromDbType(row.type)}:${row.slug}`, type: fromDbType(row.type), slug: row.slug, state: row.state, names: row.texts }));
}

/** Whether a slug is free for a record of this type (other than the record being edited). */
export async function isSlugFree(actor: SessionUser, type: RecordTypeName, slug: string, exceptId?: string): Promise<boolean> {
  assertCan(actor, 'admin.read');
  const row = await db().record.findFirst({ where: { type: toDbType(type), slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  return !row;
}
