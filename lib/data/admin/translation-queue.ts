import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/auth/session';
import type { RecordTypeName } from '@/lib/validation/records';
import { fromDbType, toDbType } from '../record-types';
import { assertCan } from './guard';

/**
 * Records whose text in a language is missing (the other language has the field) or outdated
 * (its original changed since it was translated): the translators' work list.
 */
export interface QueueItem {
  type: RecordTypeName;
  slug: string;
  state: string;
  name: string;
  missing: { field: string; locale: Locale }[];
  outdated: { field: string; locale: Locale }[];
}

export const QUEUE_PAGE_SIZE = 30;

interface Row {
  id: string;
  type: string;
  slug: string;
  state: string;
  name: string | null;
  total: bigint;
}

export async function translationQueue(actor: SessionUser, options: { type?: RecordTypeName; locale?: Locale; page: number }): Promise<{ items: QueueItem[]; total: number }> {
  assertCan(actor, 'admin.read');
  const locales = options.locale ? [options.locale] : (['ru', 'en'] as const);
  const typeFilter = options.type ? Prisma.sql`AND r."type" = ${toDbType(options.type)}::"RecordType"` : Prisma.empty;
  const needs = Prisma.join(
    locales.map((locale) => Prisma.sql`
      EXISTS (SELECT 1 FROM "RecordText" t WHERE t."recordId" = r."id" AND (
        (t."locale" = ${locale}::"Locale" AND t."status" = 'OUTDATED')
        OR (t."locale" <> ${locale}::"Locale" AND NOT EXISTS (
          SELECT 1 FROM "RecordText" o WHERE o."recordId" = r."id" AND o."field" = t."field" AND o."locale" = ${locale}::"Locale"))))`),
    ' OR ',
  );
  const rows = await db().$queryRaw<Row[]>`
    SELECT r."id", r."type"::text AS "type", r."slug", r."state"::text AS "state", COALESCE(r."sortNameEn", r."sortNameRu") AS "name", count(*) OVER () AS "total"
    FROM "Record" r
    WHERE r."deletedAt" IS NULL AND r."synthetic" = false ${typeFilter} AND (${needs})
    ORDER BY r."updatedAt" DESC, r."id"
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(options.page - 1) * QUEUE_PAGE_SIZE}`;
  const texts = await db().recordText.findMany({ where: { recordId: { in: rows.map((row) => row.id) } }, select: { recordId: true, field: true, locale: true, status: true, text: true } });
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((row) => {
      const own = texts.filter((text) => text.recordId === row.id);
      const missing: QueueItem['missing'] = [];
      const outdated: QueueItem['outdated'] = [];
      for (const field of new Set(own.map((text) => text.field))) {
        for (const locale of locales) {
          const text = own.find((item) => item.field === field && item.locale === locale);
          if (!text) missing.push({ field, locale });
          else if (text.status === 'OUTDATED') outdated.push({ field, locale });
        }
      }
      const name = own.find((text) => text.field === 'name' && text.locale === 'en')?.text ?? own.find((text) => text.field === 'name')?.text ?? row.name ?? row.slug;
      return { type: fromDbType(row.type as never), slug: row.slug, state: row.state, name, missing, outdated };
    }),
  };
}
