// npm run db:migration -- <name>
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql: the SQL that brings the existing
// migrations up to prisma/schema.prisma. The migrations are replayed in a shadow database: a
// temporary one on the DATABASE_URL server if set, else a throwaway in-memory PGlite.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MIGRATIONS_DIR,
  diffMigrationsToSchema,
  MIGRATION_LOCK,
  MIGRATION_LOCK_CONTENT,
} from '../../lib/db/migrations';
import { errorLine, runIfMain } from './migrate';

const NAME = /^[A-Za-z0-9_]+$/;

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  try {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
    const name = positionals[0];
    if (positionals.length !== 1 || !name || !NAME.test(name)) {
      throw new Error(
        'name the migration with letters, digits and underscores only, e.g. npm run db:migration -- add_record_summary',
      );
    }
    const url = process.env.DATABASE_URL;
    let sql: string;
    if (url) {
      sql = await diffMigrationsToSchema(url);
    } else {
      const { startEmbeddedDatabase } = await import('../../lib/db/embedded');
      const scratch = await startEmbeddedDatabase(); // in memory
      try {
        sql = await diffMigrationsToSchema(scratch.url, { scratch: true });
      } finally {
        await scratch.stop();
      }
    }
    if (!sql) {
      process.stdout.write('No changes: schema.prisma and the migrations agree.\n');
      return 0;
    }
    const dirName = `${timestamp()}_${name}`;
    const dir = path.join(DEFAULT_MIGRATIONS_DIR, dirName);
    if (existsSync(dir)) throw new Error(`${dir} already exists`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    const lock = path.join(DEFAULT_MIGRATIONS_DIR, MIGRATION_LOCK);
    if (!existsSync(lock)) await writeFile(lock, MIGRATION_LOCK_CONTENT);
    process.stdout.write(`Created ${path.join(dir, 'migration.sql')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Error: ${errorLine(error)}\n`);
    return 1;
  }
}

/** YYYYMMDDHHMMSS in UTC, as Prisma names migrations. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

runIfMain(import.meta.url, main);
