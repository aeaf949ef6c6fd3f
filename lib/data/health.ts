import 'server-only';
import { db } from '@/lib/db/client';
import { databaseTarget, type DatabaseKind } from '@/lib/env';

export interface Health {
  status: 'ok' | 'unavailable';
  db: DatabaseKind;
}

const TIMEOUT_MS = 3_000;

/** One round trip to the database, bounded in time so a hung server still gets a quick 503. */
export async function checkDatabase(timeoutMs = TIMEOUT_MS): Promise<Health> {
  const { kind } = databaseTarget();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
    ]);
    return { status: 'ok', db: kind };
  } catch {
    return { status: 'unavailable', db: kind };
  }
}
