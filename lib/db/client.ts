import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseTarget } from '@/lib/env';
import { createPrismaClient } from './create-client';

// One client per server process, kept on globalThis so dev reloads don't open new pools.
// With DATABASE_REPLICA_URLS it reads from the replicas and writes to the primary (decision 014).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { url, kind, replicas } = databaseTarget();
    globalForPrisma.prisma = createPrismaClient(url, kind, replicas);
  }
  return globalForPrisma.prisma;
}
