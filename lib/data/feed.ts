import 'server-only';
import { db } from '@/lib/db/client';
import type { RelationFilter } from '@/lib/validation/list-query';
import { cached } from './cache';
import { summarySelect, toSummary, type RecordSummary } from './record-shapes';
import { listWhere } from './record-list';

export interface FeedEntry extends RecordSummary {
  updatedAt: string;
  publishedAt: string | null;
}

const FEED_SIZE = 50;

/** The newest and most recently updated published statements, for feeds; optionally about one record. */
export const listFeedStatements = cached(
  'feed',
  async (filter: { relation: RelationFilter; slug: string } | null): Promise<FeedEntry[]> => {
    const rows = await db().record.findMany({
      where: listWhere('statement', filter ? { [filter.relation]: filter.slug } : {}),
      select: { ...summarySelect, updatedAt: true, publishedAt: true },
      orderBy: [{ updatedAt: 'desc' }, { slug: 'asc' }],
      take: FEED_SIZE,
    });
    return rows.map((row) => ({ ...toSummary(row), updatedAt: row.updatedAt.toISOString(), publishedAt: row.publishedAt?.toISOString() ?? null }));
  },
);
