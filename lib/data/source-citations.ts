import 'server-only';
import { db } from '@/lib/db/client';
import { cached, recordTag } from './cache';
import { refSelect, toRef, type RecordRef } from './record-shapes';
import { visible } from './records';

export interface CitingRecord {
  record: RecordRef;
  /** The paragraphs of this source the record cites, in document order. */
  paragraphs: { anchor: string; number: number }[];
}

/**
 * The published records that cite a source's paragraphs as evidence: the reverse of a record's
 * citations, which a source's own RecordDetail does not carry. Grouped by the caller.
 */
export const listRecordsCitingSource = cached(
  'source-citations',
  async (slug: string): Promise<CitingRecord[]> => {
    const fromThisSource = { paragraph: { source: { record: { ...visible, type: 'SOURCE' as const, slug } } } };
    const rows = await db().record.findMany({
      where: { ...visible, type: { not: 'SOURCE' }, evidence: { some: fromThisSource } },
      select: {
        ...refSelect,
        evidence: { where: fromThisSource, select: { paragraph: { select: { anchor: true, position: true } } } },
      },
      orderBy: [{ type: 'asc' }, { sortNameEn: 'asc' }, { slug: 'asc' }],
    });
    return rows.map((row) => ({
      record: toRef(row),
      paragraphs: row.evidence
        .map(({ paragraph }) => ({ anchor: paragraph.anchor, number: paragraph.position }))
        .sort((a, b) => a.number - b.number),
    }));
  },
  (slug) => [recordTag('source', slug)],
);
