import 'server-only';
import { db } from '@/lib/db/client';
import type { StoredTag, TagState, TagStore } from './tag-bridge';

/**
 * Revalidated cache tags in the primary database (`CacheTag`), so every instance learns of a
 * save, and a restarted one still knows which cached pages on its disk are out of date
 * (decision 013). Raw queries go to the primary even when reads go to replicas: a tag must be
 * seen the moment it is written.
 */
interface Row {
  tag: string;
  stale: bigint | null;
  expired: bigint | null;
  seq: bigint;
}

const toStored = (row: Row): StoredTag => ({
  tag: row.tag,
  seq: Number(row.seq),
  ...(row.stale !== null ? { stale: Number(row.stale) } : {}),
  ...(row.expired !== null ? { expired: Number(row.expired) } : {}),
});

async function readAfter(seq: number): Promise<StoredTag[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT "tag", "stale", "expired", "seq" FROM "CacheTag" WHERE "seq" > ${BigInt(seq)} ORDER BY "seq"`;
  return rows.map(toStored);
}

async function write(tags: { tag: string; state: TagState }[]): Promise<StoredTag[]> {
  if (!tags.length) return [];
  const names = tags.map((item) => item.tag);
  const stale = tags.map((item) => (item.state.stale === undefined ? null : BigInt(Math.round(item.state.stale))));
  const expired = tags.map((item) => (item.state.expired === undefined ? null : BigInt(Math.round(item.state.expired))));
  // Writers take turns (a transaction-scoped advisory lock), so sequence numbers commit in
  // order and a reader that has seen number n has seen everything below it.
  const [, rows] = await db().$transaction([
    db().$queryRaw`SELECT pg_advisory_xact_lock(hashtext('CacheTag'))::text`,
    db().$queryRaw<Row[]>`
      INSERT INTO "CacheTag" ("tag", "stale", "expired")
      SELECT * FROM unnest(${names}::text[], ${stale}::bigint[], ${expired}::bigint[])
      ON CONFLICT ("tag") DO UPDATE SET
        "stale" = EXCLUDED."stale",
        "expired" = EXCLUDED."expired",
        "seq" = nextval(pg_get_serial_sequence('"CacheTag"', 'seq'))
      RETURNING "tag", "stale", "expired", "seq"`,
  ]);
  return rows.map(toStored);
}

export const tagStore: TagStore = { readAfter, write };
