import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildIfStale, startProductionServer, type ProductionServer } from '../helpers/production-server';
import { openRelay, type Relay } from '../helpers/tcp-relay';

/**
 * The production server with its database cut off and given back (a TCP relay in front of the
 * test database): readers get the localized 503 page with Retry-After, the API its JSON 503,
 * and everything recovers on its own, with the same server process.
 */
let relay: Relay;
let server: ProductionServer;

beforeAll(async () => {
  relay = await openRelay(inject('databaseUrl'));
  await buildIfStale(relay.url, inject('databaseKind'));
  server = await startProductionServer(relay.url, inject('databaseKind'));
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await relay?.cut().catch(() => {});
});

const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

/** Asks until the answer has the wanted status; returns it, and every status seen on the way. */
async function until(path: string, status: number, withinMs: number) {
  const seen: number[] = [];
  const deadline = Date.now() + withinMs;
  for (;;) {
    const response = await get(path);
    seen.push(response.status);
    if (response.status === status) return { response, seen };
    await response.arrayBuffer();
    if (Date.now() > deadline) throw new Error(`${path} never answered ${status}; seen ${seen.join(', ')}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('the database stops and returns under the running server', () => {
  it('serves pages while the database answers', async () => {
    for (const path of ['/en/statements', '/ru/organisations', '/api/v1/search?q=csto']) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('answers the localized 503 page in both languages while it is down, and recovers with no restart', async () => {
    const cachedApi = await (await get('/api/v1/statements?pageSize=2')).json();
    await relay.cut();

    // The server notices within its check interval (5 s) plus the check's own timeout.
    const { response: en, seen } = await until('/en/statements?page=2', 503, 10_000);
    expect(seen.every((status) => status === 200 || status === 503), `statuses on the way: ${seen}`).toBe(true);
    expect(en.headers.get('retry-after')).toBe('30');
    expect(en.headers.get('content-type')).toMatch(/^text\/html/);
    expect(en.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const enHtml = await en.text();
    expect(enHtml).toContain('<html lang="en">');
    expect(enHtml).toContain('The knowledge base is unavailable');
    expect(enHtml).toContain('Try again in 30 seconds.');
    expect(enHtml).not.toMatch(/ECONNREFUSED|at \w+ \(|prisma/i);

    const ru = await get('/ru/sources');
    expect(ru.status).toBe(503);
    const ruHtml = await ru.text();
    expect(ruHtml).toContain('<html lang="ru">');
    expect(ruHtml).toContain('База знаний недоступна');
    expect(ruHtml).toContain('Попробуйте снова через 30 секунд.');

    // API: a query that is never cached answers the JSON 503; health too.
    const search = await get('/api/v1/search?q=csto');
    expect(search.status).toBe(503);
    expect(search.headers.get('retry-after')).toBe('30');
    expect(await search.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect((await get('/api/health')).status).toBe(503);
    // A list read cached before the outage is still served from the cache: stale, not broken.
    const cached = await get('/api/v1/statements?pageSize=2');
    expect(cached.status).toBe(200);
    expect(await cached.json()).toEqual(cachedApi);

    await relay.restore();
    await until('/en/statements?page=2', 200, 10_000);
    expect((await get('/ru/sources')).status).toBe(200);
    expect((await get('/api/v1/search?q=csto')).status).toBe(200);
    expect((await get('/api/health')).status).toBe(200);
    expect(server.output.join('')).not.toMatch(/uncaught|unhandled/i);
  });
});
