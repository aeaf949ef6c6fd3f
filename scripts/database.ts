import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv, type Env, type DatabaseKind } from '@/lib/env';
import { DataDirError, startEmbeddedDatabase } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { seedDatabase } from '@/lib/seed/run';
import { fail, info } from './cli';
import { lockDataDir as lockFolder } from './data-dir-lock';

export interface OpenDatabase {
  kind: DatabaseKind;
  url: string;
  close(): Promise<void>;
}

export function dataDir(environment: NodeJS.ProcessEnv = process.env): string {
  return resolve(environment.DATA_DIR || '.data');
}

/**
 * The database the app will use, migrated and seeded: the server DATABASE_URL names, or the
 * embedded PGlite under .data/ served on a free local port.
 */
export async function openDatabase(env: Env, embeddedDir = dataDir()): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await prepare(env.DATABASE_URL, 'postgres');
    return { kind: 'postgres', url: env.DATABASE_URL, close: async () => {} };
  }
  const embedded = await openEmbeddedDatabase(embeddedDir);
  await prepare(embedded.url, 'embedded');
  // The migration's and the seed's connections have just closed; pglite-socket frees its one slot
  // a tick later and refuses whoever connects before that (decision 003). `npm run user:create`
  // failed with "Connection terminated unexpectedly" for that reason.
  await new Promise((resolve) => setTimeout(resolve, 250));
  return embedded;
}

/** The embedded database under DATA_DIR, started and locked for this process only. */
export async function openEmbeddedDatabase(dir = dataDir()): Promise<OpenDatabase> {
  const releaseLock = lockDataDir(dir);
  let embedded;
  try {
    embedded = await startEmbeddedDatabase({ dataDir: join(dir, 'pglite') });
  } catch (error) {
    releaseLock();
    if (error instanceof DataDirError) notWritable(dir);
    throw error;
  }
  return {
    kind: 'embedded',
    url: embedded.url,
    async close() {
      await embedded.stop();
      releaseLock();
    },
  };
}

function notWritable(dir: string): never {
  fail(`${dir} is not writable, so the embedded database cannot be stored there.`, `make it writable (chmod u+w ${dir}) or set DATA_DIR to a writable folder.`);
}

async function prepare(url: string, kind: DatabaseKind) {
  const { applied } = await applyMigrations(url);
  for (const name of applied) info(`Applied migration ${name}`);
  const env = parseEnv(process.env);
  const { summary, changed, accounts, noAccounts, instance } = await seedDatabase(url, kind, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
  info(summary);
  if (accounts.length) info(`Created accounts: ${accounts.join(', ')} (README, "Editors").`);
  if (noAccounts) info('No accounts yet: npm run user:create -- --email you@example.org --role admin (or set ADMIN_EMAIL and ADMIN_PASSWORD).');
  resetCaches(instance, changed || applied.length > 0);
}

const CACHE_OWNER = '.next/cache/database-instance';

/**
 * Pages and reads are cached on disk under .next (decisions 006 and 009). Rows the seed just
 * changed, or another database altogether (a recreated one, tests, a benchmark's), must not be
 * served from there. Edits through the app revalidate their tags instead.
 */
function resetCaches(instance: string, changed: boolean) {
  const owner = existsSync(CACHE_OWNER) ? readFileSync(CACHE_OWNER, 'utf8') : '';
  if (!changed && owner === instance) return;
  rmSync('.next/cache/fetch-cache', { recursive: true, force: true });
  rmSync('.next/server/route-cache', { recursive: true, force: true });
  mkdirSync('.next/cache', { recursive: true });
  writeFileSync(CACHE_OWNER, instance);
}

/** Only one process may use the embedded database's folder at a time (scripts/data-dir-lock.ts). */
export function lockDataDir(dir: string): () => void {
  return lockFolder(dir, notWritable);
}
