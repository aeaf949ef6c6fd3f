/**
 * `npm run db:seed`: migrates and seeds the database DATABASE_URL names, or the embedded one
 * under .data/ (while `npm start` is not using it). Safe to run again: unchanged records are
 * skipped and records editors changed are kept.
 */
import { checkNodeVersion, fail } from '../cli';

checkNodeVersion();
const { parseEnv, EnvError } = await import('@/lib/env');
const { SeedError } = await import('@/lib/seed/corpus');
const { openDatabase } = await import('../database');

try {
  const database = await openDatabase(parseEnv(process.env));
  await database.close();
} catch (error) {
  if (error instanceof EnvError) fail(`invalid environment: ${error.message}.`);
  if (error instanceof SeedError) fail(`the seed files are invalid: ${error.message}`);
  fail((error as Error).message);
}
process.exit(0);
