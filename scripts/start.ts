/**
 * `npm start`: the whole app from a fresh clone. Checks the environment, starts the embedded
 * database unless DATABASE_URL names a server, migrates, seeds, builds when the sources changed,
 * and runs the Next.js server (scripts/serve.ts) as a child that lives and dies with this process.
 * `npm run dev` does the same with `next dev` and no build.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { checkNodeVersion, fail, info } from './cli';

checkNodeVersion();

const { parseEnv, EnvError } = await import('@/lib/env');
const { checkPortFree, checkDatabaseReachable } = await import('./preflight');
type PreflightError = import('./preflight').PreflightError;
const { openDatabase } = await import('./database');
const { ensureBuild } = await import('./build');
const { authSecret } = await import('./auth-secret');

const dev = process.argv.includes('--dev');

let env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) fail(`invalid environment: ${error.message}.`, 'correct the variable, or unset it to use the default.');
  throw error;
}

await checkPortFree(env.PORT).catch((error: Error) =>
  fail(error.message, `stop the program using it, or choose another port: PORT=${env.PORT + 1} npm start`),
);

if (env.DATABASE_URL) {
  await checkDatabaseReachable(env.DATABASE_URL).catch((error: PreflightError) => fail(error.message, error.fix));
}
for (const replica of env.DATABASE_REPLICA_URLS ?? []) {
  await checkDatabaseReachable(replica, 'DATABASE_REPLICA_URLS').catch((error: PreflightError) => fail(error.message, error.fix));
}

const database = await openDatabase(env);
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(env.PORT), AUTH_SECRET: authSecret(env) };
if (database.kind === 'embedded') childEnv.EMBEDDED_DATABASE_URL = database.url;

if (!dev) await ensureBuild(childEnv);

// scripts/serve.ts is Next's own request handler behind the security headers (decision 012).
// Profiling flags given to this launcher's Node go on to the server (`npm run bench -- --profile`).
const profiling = process.execArgv.filter((arg) => /^--(cpu|heap)-prof/.test(arg));
const serveArgs = [...profiling, '--import', 'tsx', resolve('scripts/serve.ts'), '--port', String(env.PORT), ...(dev ? ['--dev'] : [])];
const child = spawn(process.execPath, serveArgs, {
  env: { ...childEnv, NODE_ENV: dev ? 'development' : 'production' },
  stdio: 'inherit',
});
info(`Serving on http://localhost:${env.PORT} (${database.kind} database).`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) child.kill('SIGTERM');
  await database.close();
  process.exit(code);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
child.on('exit', (code) => void stop(code ?? 0));
