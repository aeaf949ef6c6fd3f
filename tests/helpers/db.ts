import { afterAll, inject } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';

/** A Prisma client on the test database, disconnected after the file (the embedded one serves one connection). */
export function testDb() {
  const prisma = createPrismaClient(inject('databaseUrl'), inject('databaseKind'));
  afterAll(() => prisma.$disconnect());
  return prisma;
}
