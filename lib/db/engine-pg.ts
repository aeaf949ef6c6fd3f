// The schema engine's PostgreSQL connections: adapter-pg over a one-connection pg pool, with the
// fixes the engine needs. Server/CLI only.
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';
import pg from 'pg';

type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[] };
type PgQueryable = {
  performIO(query: SqlQuery): Promise<PgResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  executeScript(script: string): Promise<void>;
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * An adapter-pg connection on `pool` that can read PostgreSQL's internal one-byte `"char"` type
 * (oid 18). adapter-pg 7.10 rejects oid 18 ("UnsupportedNativeDataType"), but the engine's
 * describer selects `pg_constraint.contype` (and reads it as a character), so without this every
 * diff that replays migrations with a CHECK constraint (or any on PostgreSQL 18/PGlite, which
 * lists NOT NULL constraints there) fails. Reaches into adapter-pg's `performIO`.
 */
export async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  const queryable = adapter as unknown as PgQueryable;
  if (typeof queryable.performIO !== 'function') {
    throw new Error('adapter-pg has no performIO any more: update lib/db/engine-pg.ts.');
  }
  const charColumns = new WeakMap<object, number[]>();
  const performIO = queryable.performIO.bind(adapter);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const columns: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25; // text, which adapter-pg maps; the value is already a string
        columns.push(i);
      }
    });
    if (columns.length) charColumns.set(result.rows, columns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(adapter);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const i of charColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
  // adapter-pg splits scripts on every ';', which breaks function bodies ($$ … ; … $$) in
  // migrations. PostgreSQL's simple-query protocol runs a whole multi-statement script as is.
  queryable.executeScript = async (script) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  return adapter;
}

/**
 * A one-connection pool for the engine, safe against PGlite served by pglite-socket with
 * `maxConnections: 1`; idle clients do not hold the process open (pg's idle timer is 10 s).
 * Waits up to 3 s for the connection: pglite-socket refuses one ("Too many connections") until it
 * has noticed the previous client leave.
 */
export async function createEnginePool(connectionString: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString, max: 1, allowExitOnIdle: true });
  pool.on('error', () => {}); // an idle client dropped by the server; the next query reports it
  for (let waited = 0; ; waited += 100) {
    try {
      (await pool.connect()).release();
      return pool;
    } catch (error) {
      if (waited >= 3000 || !/terminated unexpectedly/i.test(String(error))) {
        await pool.end();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
