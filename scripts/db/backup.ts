/**
 * `npm run db:backup [-- --out <file>]`: a backup of the database the app uses. PostgreSQL
 * (DATABASE_URL): `pg_dump` in its custom format. Embedded (.data/): PGlite's own dump of its
 * data folder, a gzip tarball; the app must be stopped first (PGlite is one process, and a
 * copy taken under a running app could miss its last writes).
 * Default file: .data/backups/<kind>-<timestamp>.{dump,tar.gz}.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { checkNodeVersion, fail, info } from '../cli';
import { dataDir, lockDataDir } from '../database';
import { checkClientVersion, embeddedDataDir, targetKind, toolError } from './backup-kinds';

checkNodeVersion();

let values: { out?: string };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' } } }));
} catch (error) {
  fail((error as Error).message, 'usage: npm run db:backup [-- --out <file>]');
}
const kind = targetKind();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(values.out ?? join(dataDir(), 'backups', `${kind}-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`));
try {
  mkdirSync(dirname(out), { recursive: true });
} catch {
  fail(`cannot create the folder ${dirname(out)}.`, 'choose another --out path.');
}

if (kind === 'postgres') {
  const url = process.env.DATABASE_URL!;
  const client = new pg.Client({ connectionString: url });
  const version = await client
    .connect()
    .then(() => client.query<{ server_version_num: string }>('SHOW server_version_num'))
    .catch((error: Error) => fail(`cannot reach the database at DATABASE_URL: ${error.message}.`, 'check that PostgreSQL runs and the URL is right.'))
    .finally(() => client.end().catch(() => {}));
  checkClientVersion('pg_dump', Number(version.rows[0].server_version_num));
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${out}`, `--dbname=${url}`], { encoding: 'utf8' });
  if (result.status !== 0) fail(`pg_dump failed: ${toolError(result.stderr)}.`);
} else {
  const dir = embeddedDataDir();
  if (!existsSync(dir) || readdirSync(dir).length === 0) fail(`there is no embedded database in ${dir}.`, 'run npm start once, or set DATA_DIR to the folder that holds it.');
  const release = lockDataDir(dataDir());
  try {
    const { openPglite } = await import('@/lib/db/embedded');
    const db = await openPglite({ dataDir: dir });
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
  } finally {
    release();
  }
}

const size = statSync(out).size;
info(`Backup of the ${kind === 'postgres' ? 'PostgreSQL' : 'embedded'} database written to ${out} (${(size / 1024 / 1024).toFixed(1)} MB).`);
info(`Restore it with: npm run db:restore -- ${out}`);
process.exit(0);
