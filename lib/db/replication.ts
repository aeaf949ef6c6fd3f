import type { PrismaClient } from '@/lib/generated/prisma/client';
import { onPrimary, replicasOf } from './create-client';

/**
 * After a write, wait until every replica of `client` has replayed it (the primary's current WAL
 * position), so that a page rendered next, which reads from a replica, shows the write
 * (decision 014). False when a replica has not caught up within `timeoutMs`; the caller
 * revalidates anyway. Without replicas: true at once.
 */
export async function waitForReplicas(client: PrismaClient, timeoutMs = 5_000): Promise<boolean> {
  const replicas = replicasOf(client);
  if (!replicas.length) return true;
  const [{ lsn }] = await onPrimary(client).$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  const deadline = Date.now() + timeoutMs;
  const caughtUp = async (replica: PrismaClient) => {
    for (;;) {
      const [{ done }] = await replica.$queryRaw<{ done: boolean }[]>`
        SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) AS done`;
      if (done) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return (await Promise.all(replicas.map(caughtUp))).every(Boolean);
}
