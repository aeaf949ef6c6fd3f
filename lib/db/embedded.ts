import { mkdirSync, accessSync, constants } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded database: PGlite (PostgreSQL compiled to WASM) served over a local TCP socket,
 * so the app and every script talk plain PostgreSQL through one code path.
 *
 * pglite-socket 0.2.17 can interleave two connections' extended-protocol messages when a
 * backlog builds, so it serves exactly one connection (docs/decisions/003-embedded-database.md);
 * every pool in front of it must use `max: 1`.
 */
export interface EmbeddedDatabase {
  url: string;
  port: number;
  db: PGlite;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the data files; omit for an in-memory database. */
  dataDir?: string;
  /** TCP port; 0 picks a free one. */
  port?: number;
  /** A `dumpDataDir` tarball to start from (a fast fixture for tests). */
  loadDataDir?: Blob | File;
}

/** PGlite itself with the extensions the schema needs, without the socket (backups, restores). */
export async function openPglite(options: Pick<EmbeddedOptions, 'dataDir' | 'loadDataDir'> = {}): Promise<PGlite> {
  if (options.dataDir) ensureWritableDir(options.dataDir);
  return PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, unaccent },
  });
}

export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const db = await openPglite(options);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: 1,
  });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

export class DataDirError extends Error {}

function ensureWritableDir(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new DataDirError(dir);
  }
}
