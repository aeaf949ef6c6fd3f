import { inject } from 'vitest';

/**
 * Points the app's own database client (lib/db/client.ts) at the test database, as the launcher
 * would. Call before importing route handlers or data modules; close it in afterAll.
 */
export function pointAppAt(url: string = inject('databaseUrl')) {
  const kind = inject('databaseKind');
  process.env[kind === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = url;
  return kind;
}

export async function closeAppDatabase() {
  const { db } = await import('@/lib/db/client');
  await db().$disconnect();
}
