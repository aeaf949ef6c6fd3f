import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { cacheGeneration } from '@/lib/cache/generation';

/**
 * The page cache handler of `next start` (lib/cache/page-cache-handler.mjs, decision 013) on the
 * test database: a save's revalidation reaches the database, another instance's reaches this
 * one, a restarted process still knows which pages on its disk are stale, and pages whose
 * addresses readers make up never reach the disk. Driven the way Next.js drives it.
 */
const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};

type Handler = {
  get(key: string, ctx: object): Promise<{ value: { html: string } } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

const dir = mkdtempSync(join(tmpdir(), 'kb-page-cache-'));
const serverDistDir = join(dir, 'server');
const PAGE = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };
const key = (path: string) => `/route-cache/APP_PAGE/${'0'.repeat(64)}/$${path}`;
const page = (html: string, tags: string[], status = 200) => ({
  kind: 'APP_PAGE', html, rscData: Buffer.from(html), headers: { 'x-next-cache-tags': tags.join(',') }, status, postponed: undefined, segmentData: undefined,
});
const setCtx = { cacheControl: { revalidate: 3600, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
const onDisk = (path: string) => existsSync(join(serverDistDir, `${key(path)}.html`));

/** A fresh handler module, as a (re)started server loads it. */
async function startHandler(): Promise<Handler> {
  vi.resetModules();
  const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.mjs');
  return new PageCacheHandler({ fs: nodeFs, serverDistDir, flushToDisk: true, revalidatedTags: [], maxMemoryCacheSize: 0, dev: false, _requestHeaders: {} });
}

let app: { db: typeof import('@/lib/db/client').db; tagStore: typeof import('@/lib/cache/tag-store').tagStore };

beforeAll(async () => {
  // The app's own client and tag store on the test database, as instrumentation.ts wires them.
  process.env[inject('databaseKind') === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = inject('databaseUrl');
  const [{ db }, { tagStore }, { registerTagStore }] = await Promise.all([
    import('@/lib/db/client'),
    import('@/lib/cache/tag-store'),
    import('@/lib/cache/tag-bridge'),
  ]);
  registerTagStore(tagStore);
  app = { db, tagStore };
  await db().$executeRaw`DELETE FROM "CacheTag"`;
});

afterAll(async () => {
  await app?.db().$disconnect();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.DATABASE_URL;
  delete process.env.EMBEDDED_DATABASE_URL;
});

describe('page cache handler', () => {
  it("writes a save's revalidation to the database and stops serving the page", async () => {
    const handler = await startHandler();
    await handler.set(key('/en/statements/a'), page('<p>a</p>', ['records', 'record:statement:a']), setCtx);
    expect((await handler.get(key('/en/statements/a'), PAGE))?.value.html).toBe('<p>a</p>');

    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.revalidateTag(['record:statement:a'], { expire: 0 });

    expect(await handler.get(key('/en/statements/a'), PAGE)).toBeNull();
    const rows = await app.db().$queryRaw<{ tag: string; expired: bigint }[]>`SELECT "tag", "expired" FROM "CacheTag"`;
    expect(rows.map((row) => row.tag)).toEqual(['record:statement:a']);
    expect(Math.abs(Number(rows[0].expired) - Date.now())).toBeLessThan(60_000);
  });

  it("learns of another instance's revalidation within a second or two", async () => {
    const handler = await startHandler();
    await handler.set(key('/en/statements/b'), page('<p>b</p>', ['records', 'record:statement:b']), setCtx);
    expect((await handler.get(key('/en/statements/b'), PAGE))?.value.html).toBe('<p>b</p>');

    await new Promise((resolve) => setTimeout(resolve, 5));
    // What another instance's revalidateTag leaves in the database.
    await app.tagStore.write([{ tag: 'record:statement:b', state: { stale: Date.now(), expired: Date.now() } }]);

    await vi.waitFor(async () => expect(await handler.get(key('/en/statements/b'), PAGE)).toBeNull(), { timeout: 3_000, interval: 100 });
  });

  it('moves the generation the response cache in front of Next.js keeps its answers under', async () => {
    const handler = await startHandler();
    await handler.get(key('/en/statements/f'), PAGE);
    const start = cacheGeneration();
    await handler.revalidateTag(['record:statement:f'], { expire: 0 });
    expect(cacheGeneration()).toBeGreaterThan(start);

    // Another instance's save, seen through the database: the answers kept here are dropped too.
    const seen = cacheGeneration();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await app.tagStore.write([{ tag: 'record:statement:g', state: { stale: Date.now(), expired: Date.now() } }]);
    await vi.waitFor(() => expect(cacheGeneration()).toBeGreaterThan(seen), { timeout: 3_000, interval: 100 });
  });

  it('still knows after a restart which pages on its disk are out of date', async () => {
    let handler = await startHandler();
    await handler.set(key('/en/statements/c'), page('<p>c</p>', ['records', 'record:statement:c']), setCtx);
    await handler.set(key('/en/statements/d'), page('<p>d</p>', ['records', 'record:statement:d']), setCtx);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.revalidateTag(['record:statement:c'], { expire: 0 });

    // A new process: nothing in memory, the pages still on disk.
    tagsManifest.clear();
    handler = await startHandler();
    expect(onDisk('/en/statements/c')).toBe(true);
    expect(await handler.get(key('/en/statements/c'), PAGE)).toBeNull();
    expect((await handler.get(key('/en/statements/d'), PAGE))?.value.html).toBe('<p>d</p>');
  });

  it('keeps "not found" answers and lists off the disk, and record pages on it', async () => {
    const handler = await startHandler();
    await handler.set(key('/en/statements/no-such-record'), page('<p>404</p>', ['records'], 404), setCtx);
    await handler.set(key('/en/lists/statements/bGFuZz1ydQ'), page('<p>list</p>', ['records']), setCtx);
    await handler.set(key('/en/statements/e'), page('<p>e</p>', ['records']), setCtx);
    expect(onDisk('/en/statements/no-such-record')).toBe(false);
    expect(onDisk('/en/lists/statements/bGFuZz1ydQ')).toBe(false);
    expect(onDisk('/en/statements/e')).toBe(true);
  });
});
