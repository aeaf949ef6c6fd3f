import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPglite } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrations';
import { seedDatabase } from '@/lib/seed/run';
import { fingerprint, type TableFingerprint } from '../helpers/table-fingerprint';

/**
 * `npm run db:backup` and `npm run db:restore` on the database this run targets: a database
 * with the seed corpus and an account is backed up, restored into an empty one, and every
 * table (found in the catalog, so new tables count too) has the same rows afterwards.
 */
const kind = inject('databaseKind');
const work = mkdtempSync(join(tmpdir(), 'kb-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(`scripts/db/${script}.ts`), ...args], {
    env: { ...process.env, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function expectOneLineError(result: { code: number | null; err: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/^Error: .+\n$/);
  expect(result.err).toMatch(pattern);
}

/** Records, texts, links, revisions and accounts are there, so the comparison means something. */
function expectSubstance(tables: Record<string, TableFingerprint>) {
  for (const name of ['Record', 'RecordText', 'Link', 'Revision', 'SourceParagraph', 'user', 'account']) {
    expect(tables[name]?.rows, name).toBeGreaterThan(0);
  }
}

if (kind === 'postgres') {
  describe('backup and restore of a PostgreSQL database', () => {
    const base = new URL(inject('databaseUrl'));
    const name = (suffix: string) => `${base.pathname.slice(1)}_${suffix}`;
    const urlOf = (database: string) => Object.assign(new URL(base), { pathname: `/${database}` }).toString();
    const admin = new pg.Client({ connectionString: urlOf('postgres') });
    const source = urlOf(name('backup_src'));
    const target = urlOf(name('backup_dst'));

    async function recreate(database: string) {
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.query(`CREATE DATABASE "${database}"`);
    }
    async function tablesOf(url: string) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await fingerprint(async (sql) => (await client.query(sql)).rows);
      } finally {
        await client.end();
      }
    }

    afterAll(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name('backup_src')}"`);
      await admin.query(`DROP DATABASE IF EXISTS "${name('backup_dst')}"`);
      await admin.end();
    });

    it('keeps every row of every table through a dump and a restore into an empty database', async () => {
      await admin.connect();
      await recreate(name('backup_src'));
      await recreate(name('backup_dst'));
      await applyMigrations(source);
      await seedDatabase(source, 'postgres', { email: 'backup-admin@example.org', password: 'a long enough password' });
      const before = await tablesOf(source);
      expectSubstance(before);

      const file = join(work, 'kb.dump');
      const backup = run('backup', ['--out', file], { DATABASE_URL: source });
      expect(backup.err).toBe('');
      expect(backup.out).toContain(`written to ${file}`);

      const restore = run('restore', [file], { DATABASE_URL: target });
      expect(restore.err).toBe('');
      expect(await tablesOf(target)).toEqual(before);
    });

    it('refuses to overwrite a database that is not empty without --force, then replaces it with --force', async () => {
      const file = join(work, 'kb.dump');
      expectOneLineError(run('restore', [file], { DATABASE_URL: target }), /is not empty \(\d+ tables\).*--force/);
      const before = await tablesOf(source);
      const forced = run('restore', [file, '--force'], { DATABASE_URL: target });
      expect(forced.err).toBe('');
      expect(await tablesOf(target)).toEqual(before);
    });

    it('refuses files that are not its backups, and backups of the other kind, in one line', () => {
      const junk = join(work, 'junk.dump');
      writeFileSync(junk, 'not a dump');
      expectOneLineError(run('restore', [junk], { DATABASE_URL: target }), /is not a backup made by npm run db:backup/);
      const truncated = join(work, 'truncated.dump');
      writeFileSync(truncated, 'PGDMP garbage');
      expectOneLineError(run('restore', [truncated, '--force'], { DATABASE_URL: target }), /is not a readable PostgreSQL backup/);
      expectOneLineError(run('restore', [join(work, 'missing.dump')], { DATABASE_URL: target }), /does not exist/);
      expectOneLineError(run('restore', [], { DATABASE_URL: target }), /name one backup file/);
    });
  });
} else {
  describe('backup and restore of the embedded database', () => {
    const original = join(work, 'original');
    const restored = join(work, 'restored');
    async function tablesOf(dataDir: string) {
      const db = await openPglite({ dataDir: join(dataDir, 'pglite') });
      try {
        return await fingerprint(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      } finally {
        await db.close();
      }
    }

    it('keeps every row of every table through PGlite\'s dump and a restore into an empty folder', async () => {
      // The embedded database as `npm start` makes it: migrated, seeded, with the demo accounts.
      const seed = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/db/seed.ts')], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: original },
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(seed.status, seed.stderr).toBe(0);
      const before = await tablesOf(original);
      expectSubstance(before);

      const file = join(work, 'kb.tar.gz');
      const backup = run('backup', ['--out', file], { DATA_DIR: original });
      expect(backup.err).toBe('');
      const restore = run('restore', [file], { DATA_DIR: restored });
      expect(restore.err).toBe('');
      expect(await tablesOf(restored)).toEqual(before);
    }, 300_000);

    it('refuses to replace a database without --force, and keeps the replaced one with --force', async () => {
      const file = join(work, 'kb.tar.gz');
      expectOneLineError(run('restore', [file], { DATA_DIR: restored }), /already holds a database.*--force/);
      const forced = run('restore', [file, '--force'], { DATA_DIR: restored });
      expect(forced.err).toBe('');
      expect(forced.out).toMatch(/The database it replaced is kept in .*pglite\.replaced-/);
      expect(await tablesOf(restored)).toEqual(await tablesOf(original));
    }, 120_000);

    it('refuses a backup while the app holds the database, and files that are not its backups', () => {
      writeFileSync(join(original, 'launcher.pid'), String(process.pid));
      try {
        expectOneLineError(run('backup', ['--out', join(work, 'busy.tar.gz')], { DATA_DIR: original }), /already using .*stop it first/);
      } finally {
        rmSync(join(original, 'launcher.pid'));
      }
      const junk = join(work, 'junk.tar.gz');
      writeFileSync(junk, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
      expectOneLineError(run('restore', [junk], { DATA_DIR: join(work, 'empty') }), /is not a readable backup of this app's embedded database/);
      expectOneLineError(run('restore', [join(work, 'kb.tar.gz')], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' }), /is a backup of the embedded database, but DATABASE_URL names a PostgreSQL server/);
    });
  });
}
