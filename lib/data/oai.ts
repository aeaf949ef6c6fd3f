import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, Locale, RecordType } from '@/lib/generated/prisma/enums';
import { visible } from './records';
import { fromDbType } from './record-types';
import type { TextRow } from './texts';
import type { RecordTypeName } from '@/lib/validation/records';

/**
 * What the OAI-PMH repository reads: items (every record ever published, with its datestamp and
 * whether it is deleted, kept by triggers in the `oai` migration) and the records behind them.
 */
export interface OaiItemRow {
  id: string;
  type: RecordTypeName;
  datestamp: Date;
  deleted: boolean;
}

export interface OaiRecordData {
  id: string;
  type: RecordTypeName;
  slug: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  originalLocale: Locale;
  texts: TextRow[];
  /** Published records linked either way: dc:relation; a statement's speakers: dc:creator. */
  related: { type: RecordTypeName; slug: string; role: string; outgoing: boolean; names: TextRow[] }[];
}

export interface OaiListQuery {
  type: RecordType | null;
  from: Date | null;
  /** Exclusive. */
  until: Date;
}

const toItem = (row: { recordId: string; type: RecordType; datestamp: Date; deleted: boolean }): OaiItemRow => ({
  id: row.recordId,
  type: fromDbType(row.type),
  datestamp: row.datestamp,
  deleted: row.deleted,
});

function listWhere(query: OaiListQuery): Prisma.OaiItemWhereInput {
  return {
    ...(query.type ? { type: query.type } : {}),
    datestamp: { ...(query.from ? { gte: query.from } : {}), lt: query.until },
  };
}

/** One page of items in (datestamp, id) order after `after`, and one more to tell whether the list goes on. */
export async function listOaiItems(query: OaiListQuery, after: { at: Date; id: string } | null, limit: number): Promise<OaiItemRow[]> {
  const rows = await db().oaiItem.findMany({
    where: {
      AND: [
        listWhere(query),
        after ? { OR: [{ datestamp: { gt: after.at } }, { datestamp: after.at, recordId: { gt: after.id } }] } : {},
      ],
    },
    orderBy: [{ datestamp: 'asc' }, { recordId: 'asc' }],
    take: limit + 1,
  });
  return rows.map(toItem);
}

export function countOaiItems(query: OaiListQuery): Promise<number> {
  return db().oaiItem.count({ where: listWhere(query) });
}

export async function getOaiItem(id: string): Promise<OaiItemRow | null> {
  const row = await db().oaiItem.findUnique({ where: { recordId: id } });
  return row ? toItem(row) : null;
}

/** The datestamp of the oldest item (Identify's earliestDatestamp); null while nothing was ever published. */
export async function earliestOaiDatestamp(): Promise<Date | null> {
  const row = await db().oaiItem.findFirst({ orderBy: { datestamp: 'asc' }, select: { datestamp: true } });
  return row?.datestamp ?? null;
}

const textSelect = { field: true, locale: true, text: true, status: true } as const;
const otherSelect = { type: true, slug: true, texts: { where: { field: 'name' }, select: textSelect } } as const;

/** The published records among `ids`, with their texts and links; withdrawn ones are left out (their items are deleted). */
export async function oaiRecords(ids: string[]): Promise<Map<string, OaiRecordData>> {
  const rows = await db().record.findMany({
    where: { ...visible, id: { in: ids } },
    select: {
      id: true,
      type: true,
      slug: true,
      date: true,
      datePrecision: true,
      originalLocale: true,
      texts: { select: textSelect, orderBy: [{ field: 'asc' }, { locale: 'asc' }] },
      linksFrom: { where: { to: visible }, select: { role: true, to: { select: otherSelect } }, orderBy: { createdAt: 'asc' } },
      linksTo: { where: { from: visible }, select: { role: true, from: { select: otherSelect } }, orderBy: { createdAt: 'asc' } },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        type: fromDbType(row.type),
        slug: row.slug,
        date: row.date ? row.date.toISOString().slice(0, 10) : null,
        datePrecision: row.datePrecision,
        originalLocale: row.originalLocale,
        texts: row.texts,
        related: [
          ...row.linksFrom.map((link) => ({ type: fromDbType(link.to.type), slug: link.to.slug, role: link.role, outgoing: true, names: link.to.texts })),
          ...row.linksTo.map((link) => ({ type: fromDbType(link.from.type), slug: link.from.slug, role: link.role, outgoing: false, names: link.from.texts })),
        ],
      },
    ]),
  );
}
