import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';

/**
 * /api/health through a TCP relay we can cut: the database "stops" and "returns" without the
 * app restarting.
 */
const target = new URL(inject('databaseUrl'));
const kind = inject('databaseKind');
let relay: Server;
let sockets: Socket[] = [];
let port = 0;

function openRelay(listenPort: number): Promise<number> {
  relay = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.push(client, upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) => relay.listen(listenPort, '127.0.0.1', () => resolve((relay.address() as { port: number }).port)));
}

function cutRelay(): Promise<void> {
  for (const socket of sockets) socket.destroy();
  sockets = [];
  return new Promise((resolve) => relay.close(() => resolve()));
}

let GET: () => Promise<Response>;

beforeAll(async () => {
  port = await openRelay(0);
  const url = new URL(target);
  url.port = String(port);
  pointAppAt(url.toString());
  ({ GET } = await import('@/app/api/health/route'));
});

afterAll(async () => {
  await closeAppDatabase();
  await cutRelay().catch(() => {});
});

describe('GET /api/health', () => {
  it('answers 200 with the kind of database when it answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: kind });
  });

  it('answers 503 while the database is down, and 200 again when it returns, with no restart', async () => {
    await cutRelay();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', db: kind });

    await openRelay(port);
    const back = await GET();
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ status: 'ok', db: kind });
  });
});
