import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { DatabaseKind } from '@/lib/env';

/**
 * The one way a Prisma client is made, for the app (lib/db/client.ts) and for scripts.
 * PGlite serves one connection at a time (docs/decisions/003-embedded-database.md), so an
 * embedded pool has exactly one connection.
 *
 * With read replicas (decision 014), model reads outside a transaction (findMany, count, …) go
 * to a replica picked at random, and everything else (writes, transactions, raw SQL) to the
 * primary, through `@prisma/extension-read-replicas`. `onReplica(client)` sends a whole
 * read-only transaction to a replica on purpose (search); `onPrimary(client)` keeps a read on
 * the primary (an editor reading what they just saved).
 */
export function createPrismaClient(url: string, kind: DatabaseKind, replicaUrls: string[] = []): PrismaClient {
  const primary = pooled(url, kind);
  if (!replicaUrls.length) return primary;
  const replicas = replicaUrls.map((replica) => pooled(replica, kind));
  // The extension adds $primary() and $replica() and reroutes reads; the model API is unchanged,
  // so the app keeps one client type.
  const client = primary.$extends(readReplicas({ replicas })) as unknown as PrismaClient;
  replicasByClient.set(client, replicas);
  return client;
}

const replicasByClient = new WeakMap<PrismaClient, PrismaClient[]>();

/** Every replica's client, for waiting until all of them have replayed a write. */
export function replicasOf(client: PrismaClient): PrismaClient[] {
  return replicasByClient.get(client) ?? [];
}

function pooled(url: string, kind: DatabaseKind): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: kind === 'embedded' ? 1 : 10,
    // Also how long a query waits for a free connection. The embedded pool's one connection has a
    // queue behind it under load (20 searches at once over 100,000 records queue for seconds):
    // waiting is better than a 500; PostgreSQL's pool of 10 rarely queues, and a refused connection
    // should be seen quickly there (the 503 page, lib/data/availability.ts).
    connectionTimeoutMillis: kind === 'embedded' ? 30_000 : 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

type Routed = PrismaClient & { $replica?: () => PrismaClient; $primary?: () => PrismaClient };

/** A replica's client when there are replicas, else the client itself. */
export function onReplica(client: PrismaClient): PrismaClient {
  return (client as Routed).$replica?.() ?? client;
}

/** The primary's client (the client itself when there are no replicas). */
export function onPrimary(client: PrismaClient): PrismaClient {
  return (client as Routed).$primary?.() ?? client;
}
