/**
 * `npm run alerts:send`: one run of the alert job (match newly published records, queue the
 * digests that are due, send and retry e-mails), for cron, beside or instead of the app's own
 * minute-by-minute run (ALERTS_WORKER=off). Safe to run at any time and as often as wanted: all
 * the job's state is in the database. On the embedded database it needs `npm start` stopped
 * (one process owns .data/); on PostgreSQL it runs beside the app. Runs with
 * `--conditions=react-server` (package.json), because the job's modules are server-only.
 */
import { checkNodeVersion, fail, info } from '../cli';

checkNodeVersion();
const { parseEnv, EnvError } = await import('@/lib/env');
const { checkDatabaseReachable } = await import('../preflight');
type PreflightError = import('../preflight').PreflightError;
const { openDatabase } = await import('../database');

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(`invalid environment: ${error.message}.`, 'correct the variable, or unset it to use the default.');
  throw error;
}
if (env.DATABASE_URL) await checkDatabaseReachable(env.DATABASE_URL).catch((error: PreflightError) => fail(error.message, error.fix));

const database = await openDatabase(env);
process.env[database.kind === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = database.url;
const { runAlertJob } = await import('@/lib/alerts/job');
const { mailTransport } = await import('@/lib/alerts/transport');
const { db } = await import('@/lib/db/client');

const transport = mailTransport();
let code = 0;
try {
  const result = await runAlertJob({ transport });
  info(
    `Alerts: ${result.events} published records matched (${result.deliveries} new for readers), ${result.digests} digests queued; ` +
      `${result.sent} e-mails sent to ${transport.describe()}, ${result.retrying} to retry, ${result.failed} failed.`,
  );
} catch (error) {
  process.stderr.write(`Error: the alert job failed: ${(error as Error).message}\n`);
  code = 1;
} finally {
  transport.close();
  await db().$disconnect();
  await database.close();
}
process.exit(code);
