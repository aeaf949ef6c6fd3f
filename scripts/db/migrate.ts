// npm run db:migrate [-- --url postgresql://…]
// Applies the pending migrations in prisma/migrations to the database (--url, else DATABASE_URL,
// else the embedded database under .data/),
// recording them in `_prisma_migrations` as `prisma migrate deploy` would.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { applyMigrations } from '../../lib/db/migrations';
import { openEmbeddedDatabase } from '../database';

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, options: { url: { type: 'string' } } });
    const url = values.url || process.env.DATABASE_URL;
    // No server named: the embedded database under DATA_DIR (.data/).
    const embedded = url ? undefined : await openEmbeddedDatabase();
    const { applied } = await applyMigrations(url ?? embedded!.url).finally(() => embedded?.close());
    for (const name of applied) process.stdout.write(`Applied migration ${name}\n`);
    if (!applied.length) process.stdout.write('Database is up to date.\n');
    return 0;
  } catch (error) {
    process.stderr.write(`Error: ${errorLine(error)}\n`);
    return 1;
  }
}

/** One readable line for an error: no stack, no engine backtrace. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of message.split('\n')) {
    if (/^\s*\d+: /.test(line)) break; // the schema engine's Rust backtrace starts here
    if (line.trim()) lines.push(line.trim());
  }
  let text = lines.join(' ') || 'unknown error';
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  if (migration && !text.includes(migration)) text += ` (in migration ${migration})`;
  if (/terminated unexpectedly/i.test(text)) {
    text += ' (the embedded database serves one connection at a time: stop the app using it first)';
  }
  return text;
}

export function runIfMain(url: string, run: () => Promise<number>) {
  if (process.argv[1] && url === pathToFileURL(process.argv[1]).href) {
    // Exit explicitly: nothing left behind (a pool, a timer) may keep a finished command alive.
    run().then((code) => process.exit(code));
  }
}

runIfMain(import.meta.url, main);
