import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { visible } from '@/lib/data/records';
import { linkedTo } from '@/lib/data/related';
import { filterConditions } from '@/lib/search/filters';
import { searchFiltersOf, type SavedSearch } from '@/lib/validation/alerts';
import { savedSearchOf } from './describe';

const BATCH = 500;

interface Subscription {
  id: string;
  kind: 'SEARCH' | 'RECORD';
  key: string;
  query: unknown;
  targetId: string | null;
  confirmedAt: Date | null;
}

/** Of `ids`, the records the search finds: the same words, forms and filters as the search page (full-text matches; similar names are help, not matches). */
async function searchMatches(search: SavedSearch, ids: string[]): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT d."recordId"::text AS id FROM "SearchDocument" d
    WHERE d."recordId" = ANY(${ids}::uuid[]) AND d."vector" @@ search_query(${search.q})
    ${filterConditions(searchFiltersOf(search))}`;
  return rows.map((row) => row.id);
}

/** Of `ids`, the records related to the followed one (linked either way, or through a position), as its page lists them. */
async function relatedMatches(targetId: string, ids: string[]): Promise<string[]> {
  const rows = await db().record.findMany({
    where: { AND: [{ ...visible, id: { in: ids.filter((id) => id !== targetId) } }, linkedTo({ id: targetId, ...visible })] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Matches records that became visible (AlertEvent rows, written by a trigger) against every
 * confirmed alert and records a delivery per (alert, record). Alerts with the same search or
 * target are matched once. An alert only receives records published after it was confirmed.
 * Idempotent: deliveries skip duplicates, so a crash before the events are deleted only
 * repeats work.
 */
export async function matchPublished(): Promise<{ events: number; deliveries: number }> {
  let events = 0;
  let deliveries = 0;
  for (;;) {
    const batch = await db().alertEvent.findMany({ orderBy: { id: 'asc' }, take: BATCH, select: { id: true, recordId: true, createdAt: true } });
    if (batch.length === 0) break;
    const publishedAt = new Map<string, Date>();
    for (const event of batch) {
      const seen = publishedAt.get(event.recordId);
      if (!seen || event.createdAt > seen) publishedAt.set(event.recordId, event.createdAt);
    }
    const ids = [...publishedAt.keys()];
    const subscriptions: Subscription[] = await db().alertSubscription.findMany({
      where: { confirmedAt: { not: null } },
      select: { id: true, kind: true, key: true, query: true, targetId: true, confirmedAt: true },
    });
    // Node 20 has no Map.groupBy.
    const groups = new Map<string, Subscription[]>();
    for (const subscription of subscriptions) groups.set(subscription.key, [...(groups.get(subscription.key) ?? []), subscription]);
    const rows: Prisma.AlertDeliveryCreateManyInput[] = [];
    for (const group of groups.values()) {
      const [first] = group;
      const search = first.kind === 'SEARCH' ? savedSearchOf(first.query) : null;
      const matched = search ? await searchMatches(search, ids) : first.targetId ? await relatedMatches(first.targetId, ids) : [];
      for (const recordId of matched) {
        for (const subscription of group) {
          if (subscription.confirmedAt! <= publishedAt.get(recordId)!) rows.push({ subscriptionId: subscription.id, recordId });
        }
      }
    }
    const ops = [
      ...(rows.length ? [db().alertDelivery.createMany({ data: rows, skipDuplicates: true })] : []),
      db().alertEvent.deleteMany({ where: { id: { in: batch.map((event) => event.id) } } }),
    ];
    const done = await db().$transaction(ops);
    if (rows.length) deliveries += (done[0] as { count: number }).count;
    events += batch.length;
    if (batch.length < BATCH) break;
  }
  return { events, deliveries };
}
