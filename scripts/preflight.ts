import { createServer } from 'node:net';
import pg from 'pg';

/** Resolves when `port` can be listened on; rejects with a readable reason otherwise. */
export function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use.`
            : `Cannot listen on port ${port} (${error.code ?? error.message}).`,
        ),
      );
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

export class PreflightError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
  }
}

/** Connects once to a PostgreSQL URL; rejects with one line naming the problem. */
export async function checkDatabaseReachable(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  const where = describe(url);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const database = new URL(url).pathname.slice(1);
    const [reason, fix] =
      code === 'ECONNREFUSED' ? ['connection refused', `start PostgreSQL, or correct the host and port in ${variable}.`]
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? ['host not found', `correct the host in ${variable}.`]
      : code === '28P01' || code === '28000' ? ['authentication failed', `correct the user and password in ${variable}.`]
      : code === '3D000' ? ['the database does not exist', `create it (createdb ${database}) or name another one in ${variable}.`]
      : message.includes('timeout') ? ['no answer within 5 s', 'check that the server is up and reachable.']
      : [message, `check ${variable}.`];
    const what = variable === 'DATABASE_URL' ? 'the database' : 'the read replica';
    throw new PreflightError(`Cannot connect to ${what} at ${where}: ${reason}.`, fix);
  } finally {
    await client.end().catch(() => {});
  }
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
