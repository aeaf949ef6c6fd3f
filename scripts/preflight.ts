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

/** Connects once to a PostgreSQL URL; rejects with one line naming the problem. */
export async function checkDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  const where = describe(url);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const reason =
      code === 'ECONNREFUSED' ? 'connection refused (is PostgreSQL running there?)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found'
      : code === '28P01' || code === '28000' ? 'authentication failed'
      : code === '3D000' ? 'the database does not exist'
      : message.includes('timeout') ? 'no answer within 5 s'
      : message;
    throw new Error(`Cannot connect to the database at ${where}: ${reason}.`);
  } finally {
    await client.end().catch(() => {});
  }
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}
