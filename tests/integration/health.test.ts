import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { openRelay, type Relay } from '../helpers/tcp-relay';

/**
 * /api/health through a TCP relay we can cut: the database "stops" and "returns" without the
 * app restarting.
 */
const kind = inject('databaseKind');
let relay: Relay;
let GET: () => Promise<Response>;

beforeAll(async () => {
  relay = await openRelay(inject('databaseUrl'));
  pointAppAt(relay.url);
  ({ GET } = await import('@/app/api/health/route'));
});

afterAll(async () => {
  await closeAppDatabase();
  await relay.cut().catch(() => {});
});

describe('GET /api/health', () => {
  it('answers 200 with the kind of database when it answers', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: kind });
  });

  it('answers 503 with Retry-After while the database is down, and 200 again when it returns, with no restart', async () => {
    await relay.cut();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('30');
    expect(await down.json()).toEqual({ status: 'unavailable', db: kind });

    await relay.restore();
    const back = await GET();
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ status: 'ok', db: kind });
  });
});
