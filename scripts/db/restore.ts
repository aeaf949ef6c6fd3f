/**
 * `npm run db:restore -- <file> [--force]`: puts a backup made by `db:backup` back. Into the
 * PostgreSQL database DATABASE_URL names (pg_restore, in one transaction), or into the embedded
 * database under .data/ (PGlite loads its tarball into a fresh folder, checked before it
 * replaces the old one). A database that already holds tables is only replaced with --force;
 * the embedded one replaced is kept beside it until you delete it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { checkNodeVersion, fail, info } from '../cli';
import { dataDir, lockDataDir } from '../database';
import { checkClientVersion, embeddedDataDir, fileKind, targetKind, toolError } from './backup-kinds';

checkNodeVersion();
const USAGE = 'usage: npm run db:restore -- <file> [--force]';

let parsed: { values: { force?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
} catch (error) {
  fail((error as Error).message, USAGE);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length) fail('name one backup file to restore.', USAGE);
const path = resolve(file);
if (!existsSync(path)) fail(`${path} does not exist.`, USAGE);
const force = parsed.values.force ?? false;

const kind = targetKind();
const found = fileKind(path);
if (found === 'unknown') fail(`${path} is not a backup made by npm run db:backup.`);
if (found !== kind) {
  fail(
    found === 'postgres' ? `${path} is a PostgreSQL backup, but DATABASE_URL is not set.` : `${path} is a backup of the embedded database, but DATABASE_URL names a PostgreSQL server.`,
    found === 'postgres' ? 'set DATABASE_URL to the (empty) database to restore it into.' : 'unset DATABASE_URL to restore it into .data/ (or DATA_DIR).',
  );
}

if (kind === 'postgres') await restorePostgres(process.env.DATABASE_URL!);
else await restoreEmbedded();
process.exit(0);

async function restorePostgres(url: string) {
  const list = spawnSync('pg_restore', ['--list', path], { encoding: 'utf8' });
  if (list.error) fail('pg_restore is not installed.', 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client).');
  if (list.status !== 0) fail(`${path} is not a readable PostgreSQL backup: ${toolError(list.stderr)}.`);

  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error: Error) => fail(`cannot reach the database at DATABASE_URL: ${error.message}.`, 'check that PostgreSQL runs and the URL is right.'));
  try {
    const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    checkClientVersion('pg_restore', Number(version.rows[0].server_version_num));
    const tables = Number((await client.query<{ count: string }>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).rows[0].count);
    if (tables > 0 && !force) {
      fail(`the database at DATABASE_URL is not empty (${tables} tables).`, 'restore into an empty database, or add --force to replace everything in it.');
    }
    if (tables > 0) await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end().catch(() => {});
  }
  const result = spawnSync('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, path], { encoding: 'utf8' });
  if (result.status !== 0) fail(`pg_restore failed, nothing was restored: ${toolError(result.stderr)}.`);
  info(`Restored ${path} into the PostgreSQL database.`);
}

async function restoreEmbedded() {
  const target = embeddedDataDir();
  const occupied = existsSync(target) && readdirSync(target).length > 0;
  if (occupied && !force) fail(`${target} already holds a database.`, 'add --force to replace it (the old one is kept beside it).');
  const release = lockDataDir(dataDir());
  const staging = `${target}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const { openPglite } = await import('@/lib/db/embedded');
    let db;
    try {
      db = await openPglite({ dataDir: staging, loadDataDir: new Blob([readFileSync(path)]) });
      // A database of this app: it has the migrations table.
      await db.query('SELECT count(*) FROM "_prisma_migrations"');
    } catch (error) {
      await db?.close().catch(() => {});
      rmSync(staging, { recursive: true, force: true });
      fail(`${path} is not a readable backup of this app's embedded database (${(error as Error).message.split('\n')[0]}).`);
    }
    await db.close();
    let kept = '';
    if (occupied) {
      kept = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target, kept);
    } else {
      rmSync(target, { recursive: true, force: true });
    }
    renameSync(staging, target);
    info(`Restored ${path} into ${target}.${kept ? ` The database it replaced is kept in ${kept}.` : ''}`);
  } finally {
    release();
  }
}
