import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Fixed-window counters kept in the database, so limits hold across restarts and instances.
 * One statement per hit: the upsert resets an expired window and counts atomically.
 */
export interface Limit {
  key: string;
  max: number;
  windowMs: number;
}

export interface LimitState {
  allowed: boolean;
  retryAfterSeconds: number;
}

export async function peek(prisma: PrismaClient, limit: Limit): Promise<LimitState> {
  const row = await prisma.rateLimit.findUnique({ where: { key: limit.key } });
  if (!row || row.resetAt.getTime() <= Date.now() || row.count < limit.max) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil((row.resetAt.getTime() - Date.now()) / 1000) };
}

export async function hit(prisma: PrismaClient, limit: Limit): Promise<LimitState> {
  const resetAt = new Date(Date.now() + limit.windowMs);
  const [row] = await prisma.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${limit.key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const allowed = row.count <= limit.max;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((row.resetAt.getTime() - Date.now()) / 1000) };
}

export async function clear(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}

/** Sign-in failures: 5 per account and 20 per address in 15 minutes. */
export const signInLimits = (email: string, address: string): Limit[] => [
  { key: `sign-in:account:${email.toLowerCase()}`, max: 5, windowMs: 15 * 60_000 },
  { key: `sign-in:address:${address}`, max: 20, windowMs: 15 * 60_000 },
];
