import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { DatabaseKind } from '@/lib/env';

/**
 * The one way a Prisma client is made, for the app (lib/db/client.ts) and for scripts.
 * PGlite serves one connection at a time (docs/decisions/003-embedded-database.md), so an
 * embedded pool has exactly one connection.
 */
export function createPrismaClient(url: string, kind: DatabaseKind): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: kind === 'embedded' ? 1 : 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
