/**
 * The databases a benchmark runs on: one per kind of database and corpus, kept between runs so
 * the 100,000 synthetic records are written once. PostgreSQL: `<BENCH_DATABASE_URL>_seed`, `_100k`
 * and `_mixed` (created when missing); embedded: DATA_DIR `.data/bench/<corpus>`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from '@/lib/env';

/** `mixed` is the seed in a database of its own, which the mixed-load benchmark's editors change. */
export type Corpus = 'seed' | '100k' | 'mixed';
export const CORPUS_RECORDS: Record<Corpus, number> = { seed: 0, '100k': 100_000, mixed: 0 };

export interface BenchDatabase {
  kind: DatabaseKind;
  corpus: Corpus;
  /** What the launcher needs: DATABASE_URL, or DATA_DIR for the embedded database. */
  env: NodeJS.ProcessEnv;
  /** A URL to query the database directly (PostgreSQL only). */
  url?: string;
}

export async function benchDatabase(kind: DatabaseKind, corpus: Corpus, postgresBase: string | undefined): Promise<BenchDatabase> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  if (kind === 'embedded') return { kind, corpus, env: { ...base, DATA_DIR: resolve('.data/bench', corpus) } };
  if (!postgresBase) throw new Error('set BENCH_DATABASE_URL=postgresql://…/<name> for the PostgreSQL runs (databases <name>_seed and <name>_100k are made from it), or pass --db embedded');
  const url = new URL(postgresBase);
  const name = `${url.pathname.slice(1)}_${corpus}`;
  await createDatabaseIfMissing(url, name);
  url.pathname = `/${name}`;
  return { kind, corpus, env: { ...base, DATABASE_URL: url.toString() }, url: url.toString() };
}

async function createDatabaseIfMissing(server: URL, name: string) {
  const maintenance = new URL(server);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Migrates, seeds and brings the synthetic records to the corpus's count (or removes them for the
 * seed corpus), through the project's own commands.
 */
export function prepareCorpus(database: BenchDatabase, log: (line: string) => void) {
  const records = CORPUS_RECORDS[database.corpus];
  const args = records ? ['--records', String(records)] : ['--remove'];
  log(`Preparing the ${database.corpus} corpus on ${database.kind} (db:synth ${args.join(' ')})…`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/db/synth.ts'), ...args], {
    env: database.env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`db:synth failed:\n${result.stdout}\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').at(-1);
  if (last) log(`  ${last}`);
}
