import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordType } from '@/lib/generated/prisma/enums';
import type { LinkRoleName } from '@/lib/validation/link';
import type { RecordTypeName } from '@/lib/validation/records';
import { cached, recordTag } from './cache';
import { toDbType } from './record-types';
import {
  citationSelect, isoDate, refSelect, summarySelect, toCitations, toRef, toSummary,
  type RecordDetail, type RecordSummary,
} from './record-shapes';

/** What readers may see: published and not deleted. */
export const visible = { state: 'PUBLISHED', deletedAt: null } satisfies Prisma.RecordWhereInput;

export type RecordCounts = Record<RecordType, number>;

/** Published records per type: what the home page says the knowledge base holds. */
export const countPublishedRecords = cached('counts', async (): Promise<RecordCounts> => {
  const rows = await db().record.groupBy({ by: ['type'], where: visible, _count: { _all: true } });
  const counts: RecordCounts = { STATEMENT: 0, CONFERENCE: 0, ORGANISATION: 0, INITIATIVE: 0, PERSON: 0, SOURCE: 0, COUNTRY: 0 };
  for (const row of rows) counts[row.type] = row._count._all;
  return counts;
});

const detailSelect = {
  ...summarySelect,
  id: true,
  state: true,
  endDate: true,
  updatedAt: true,
  version: true,
  texts: { select: { field: true, locale: true, text: true, status: true } },
  aliases: { select: { locale: true, text: true, kind: true }, orderBy: { text: 'asc' } },
  evidence: { select: citationSelect },
  linksFrom: { where: { to: visible }, select: { role: true, to: { select: refSelect }, evidence: { select: citationSelect } } },
  linksTo: { where: { from: visible }, select: { role: true, from: { select: refSelect }, evidence: { select: citationSelect } } },
} satisfies Prisma.RecordSelect;

const positionSelect = {
  asOf: true,
  person: { select: refSelect },
  organisation: { select: refSelect },
  texts: { select: { locale: true, title: true, status: true } },
  evidence: { select: citationSelect },
} satisfies Prisma.PositionSelect;

/** A record with everything it links to (published others only), in both directions, and its sources. */
async function readRecordDetail(where: Prisma.RecordWhereInput): Promise<RecordDetail | null> {
  const row = await db().record.findFirst({ where, select: detailSelect });
  if (!row) return null;
  const positions = await db().position.findMany({
    where: { OR: [{ personId: row.id }, { organisationId: row.id }], person: visible },
    select: positionSelect,
    orderBy: { asOf: 'desc' },
  });
  return {
    ...toSummary(row),
    id: row.id,
    state: row.state,
    endDate: isoDate(row.endDate),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    texts: row.texts,
    aliases: row.aliases,
    citations: toCitations(row.evidence),
    links: [
      ...row.linksFrom.map((link) => ({ role: link.role as LinkRoleName, direction: 'out' as const, other: toRef(link.to), citations: toCitations(link.evidence) })),
      ...row.linksTo.map((link) => ({ role: link.role as LinkRoleName, direction: 'in' as const, other: toRef(link.from), citations: toCitations(link.evidence) })),
    ],
    positions: positions.map((position) => ({
      person: toRef(position.person),
      organisation: position.organisation ? toRef(position.organisation) : null,
      asOf: isoDate(position.asOf),
      titles: position.texts,
      citations: toCitations(position.evidence),
    })),
  };
}

/** One published record, as readers see it. */
export const getRecordBySlug = cached(
  'record',
  (type: RecordTypeName, slug: string) => readRecordDetail({ ...visible, type: toDbType(type), slug }),
  (type, slug) => [recordTag(type, slug)],
);

/**
 * One record in any state, read fresh, for the editors' preview: the same shape the public page
 * renders. Callers check the reader may preview (lib/data/admin guards it).
 */
export function readRecordForPreview(type: RecordTypeName, slug: string): Promise<RecordDetail | null> {
  return readRecordDetail({ type: toDbType(type), slug });
}

export type { RecordSummary };
