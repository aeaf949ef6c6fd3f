import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { DatabaseKind } from '@/lib/env';

/**
 * The production server (scripts/serve.ts, as `npm start` runs it) on a free port, against a
 * database URL the test chooses. Builds first when the sources changed since the last build
 * (as the launcher does), so give the hook a few minutes.
 */
export interface ProductionServer {
  origin: string;
  pid: number;
  output: string[];
  stop(): Promise<void>;
}

export async function buildIfStale(databaseUrl: string, kind: DatabaseKind) {
  const { ensureBuild } = await import('@/scripts/build');
  // The build does not connect, but (since the editors' pages) it reads the database's address,
  // as the launcher gives it.
  await ensureBuild({ ...process.env, ...databaseEnv(databaseUrl, kind), AUTH_SECRET: randomBytes(32).toString('base64'), NEXT_TELEMETRY_DISABLED: '1' });
}

function databaseEnv(databaseUrl: string, kind: DatabaseKind) {
  return { DATABASE_URL: kind === 'postgres' ? databaseUrl : '', EMBEDDED_DATABASE_URL: kind === 'embedded' ? databaseUrl : '' };
}

export async function startProductionServer(databaseUrl: string, kind: DatabaseKind): Promise<ProductionServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: randomBytes(32).toString('base64'),
    PORT: String(port),
    ...databaseEnv(databaseUrl, kind),
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve('scripts/serve.ts'), '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(`${origin}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${output.join('')}`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    origin,
    pid: child.pid!,
    output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
