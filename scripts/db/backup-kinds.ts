/**
 * What `db:backup` and `db:restore` share: which database they act on, and how each kind of
 * backup file is recognised (a PostgreSQL custom-format dump starts with "PGDMP", an embedded
 * one is PGlite's gzip tarball of its data folder).
 */
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../cli';
import { dataDir } from '../database';

export type BackupKind = 'postgres' | 'embedded';

export function targetKind(): BackupKind {
  return process.env.DATABASE_URL ? 'postgres' : 'embedded';
}

export function embeddedDataDir(): string {
  return join(dataDir(), 'pglite');
}

export function fileKind(path: string): BackupKind | 'unknown' {
  let head: Buffer;
  try {
    const fd = openSync(path, 'r');
    head = Buffer.alloc(5);
    const read = readSync(fd, head, 0, 5, 0);
    closeSync(fd);
    head = head.subarray(0, read);
  } catch {
    fail(`cannot read ${path}.`, 'give the path of a file made by npm run db:backup.');
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  return 'unknown';
}

/**
 * pg_dump and pg_restore refuse a server newer than themselves; say so before they do, naming
 * both versions and the package to install.
 */
export function checkClientVersion(tool: 'pg_dump' | 'pg_restore', serverVersionNum: number) {
  const result = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (result.error) fail(`${tool} is not installed.`, 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client).');
  const clientMajor = Number(/(\d+)(?:\.\d+)?/.exec(result.stdout)?.[1]);
  const serverMajor = Math.floor(serverVersionNum / 10_000);
  if (clientMajor < serverMajor) {
    fail(`${tool} ${clientMajor} cannot handle a PostgreSQL ${serverMajor} server.`, `install the PostgreSQL ${serverMajor} client tools.`);
  }
}

/** The one line a failed pg tool printed, without its "pg_dump: error:" prefix. */
export function toolError(output: string): string {
  const line = output.split('\n').find((text) => /error|fatal/i.test(text)) ?? output.trim().split('\n')[0] ?? 'unknown error';
  return line.replace(/^pg_(dump|restore): (error: )?/, '').trim();
}
