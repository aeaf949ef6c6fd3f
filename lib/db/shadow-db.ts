// The shadow database the schema engine replays a migrations directory into (to diff it against
// schema.prisma). It must never be the real database: the engine creates every table in it.
//
// - PostgreSQL: a temporary database `prisma_migrate_shadow_db_<uuid>` on the same server,
//   dropped afterwards (as `prisma migrate dev` does). We build its URL ourselves: adapter-pg's own
//   connectToShadowDb passes `{ connectionString, database }` to pg, where the database named in
//   the connection string wins, so it would replay the migrations into the real database.
//   Before use we check that `current_database()` really is the temporary one.
// - PGlite served by pglite-socket (one database; the name in the URL is ignored, and `CREATE
//   DATABASE` succeeds but cannot be connected to): a throwaway in-memory PGlite instead
//   (about 2.5 s to start). The same fallback serves a server where we may not CREATE DATABASE.
import { randomUUID } from 'node:crypto';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { connectAdapter, createEnginePool } from './engine-pg';
import type { ShadowContext } from './schema-engine';

export async function connectToShadowDb(ctx: ShadowContext): Promise<SqlDriverAdapter> {
  const { rows } = await ctx.pool.query<{ version: string }>('SELECT version()');
  if (!/pglite/i.test(rows[0]?.version ?? '')) {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    const created = await ctx.pool.query(`CREATE DATABASE "${name}"`).then(
      () => true,
      (error: { code?: string }) => {
        if (error.code === '42501') return false; // insufficient_privilege: use the fallback
        throw error;
      },
    );
    if (created) {
      const url = new URL(ctx.connectionString);
      url.pathname = `/${name}`;
      const drop = () => ctx.pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {});
      return adapterFor(ctx, url.toString(), drop, name);
    }
  }
  const { startEmbeddedDatabase } = await import('./embedded'); // loads PGlite only when needed
  const scratch = await startEmbeddedDatabase(); // in memory, with pg_trgm and unaccent
  ctx.onClose(() => scratch.stop());
  return adapterFor(ctx, scratch.url, async () => {});
}

/**
 * For a database that is itself a throwaway: replay the migrations into it, over its own single
 * connection (a PGlite served with `maxConnections: 1` takes no second one).
 */
export function useMainAsShadowDb(ctx: ShadowContext): Promise<SqlDriverAdapter> {
  return connectAdapter(ctx.pool);
}

async function adapterFor(
  ctx: ShadowContext,
  url: string,
  afterEnd: () => Promise<void>,
  expectedName?: string,
): Promise<SqlDriverAdapter> {
  // If connecting fails, the temporary database must still be dropped.
  ctx.onClose(afterEnd);
  const pool = await createEnginePool(url);
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= pool.end().then(afterEnd));
  ctx.onClose(close);
  if (expectedName) {
    const { rows } = await pool.query<{ db: string }>('SELECT current_database() AS db');
    if (rows[0]?.db !== expectedName) {
      throw new Error(`Refusing to use ${rows[0]?.db} as the shadow database: expected ${expectedName}.`);
    }
  }
  const adapter = await connectAdapter(pool);
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await close();
  };
  return adapter;
}
