// The page and data cache of `next start` (next.config.ts `cacheHandler`): Next.js's own file
// system cache, with two changes (decision 013).
//
// 1. Revalidated tags live in the database too. Next.js keeps them only in memory, so after a
//    restart a page cached on disk before a save would be served again, and a second instance
//    would never learn of a save made through the first. Every revalidation is written to the
//    `CacheTag` table; each instance reads what changed every second, and everything once
//    before its first answer.
// 2. "Not found" answers, list pages and cached reads stay in memory (bounded by Next's LRU) and
//    never reach the disk: their keys come from what readers type (any slug, any filter value),
//    so made-up addresses could otherwise fill it. They are cheap to make again after a restart;
//    record pages and the home page, one per record and locale, are kept on disk.
//
// Plain JavaScript: Next.js imports this file at run time, outside the app's bundle. It reaches
// the database through the app's one Prisma client, which instrumentation.ts hands over on the
// global below (lib/cache/tag-bridge.ts). Built on Next.js internals pinned with next 16.4.6;
// tests/integration/page-cache-handler.test.ts fails if they move.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const STORE_KEY = Symbol.for('kb.cache-tag-store');
// lib/cache/generation.ts: grows with every revalidation, so the response cache in front of
// Next.js (scripts/serve.ts) drops what it keeps.
const GENERATION_KEY = Symbol.for('kb.cache-generation');
const bumpGeneration = () => {
  globalThis[GENERATION_KEY] = (globalThis[GENERATION_KEY] ?? 0) + 1;
};
// The cached lists' internal route (components/lists/cached-list-path.ts), inside a page key.
const LIST_KEY = /\/\$\/[^/]+\/lists\//;
const POLL_MS = 1_000;

/** @returns {import('./tag-bridge').TagStore | undefined} */
const store = () => globalThis[STORE_KEY];

/** Tag → the sequence number of the state this process holds, so an older row never wins. */
const known = new Map();
let seen = 0;
/** @type {Promise<void> | undefined} */
let firstSync;
let warned = false;

/** @param {import('./tag-bridge').StoredTag[]} rows */
function apply(rows) {
  let changed = false;
  for (const { tag, seq, stale, expired } of rows) {
    seen = Math.max(seen, seq);
    if ((known.get(tag) ?? 0) >= seq) continue;
    known.set(tag, seq);
    tagsManifest.set(tag, { ...(stale !== undefined && { stale }), ...(expired !== undefined && { expired }) });
    changed = true;
  }
  if (changed) bumpGeneration();
}

async function sync() {
  const tags = store();
  if (!tags) return;
  try {
    apply(await tags.readAfter(seen));
    warned = false;
  } catch (error) {
    // Serve what we have (perhaps a save behind) rather than fail the request; say so once.
    if (!warned) console.error(`Cache tags could not be read from the database: ${error instanceof Error ? error.message : error}`);
    warned = true;
  }
}

/** Before the first answer: every tag ever revalidated; then, in the background, every second. */
function ready() {
  if (!store()) return Promise.resolve(); // `next build`: no database, nothing revalidated yet.
  firstSync ??= sync().then(() => {
    setInterval(sync, POLL_MS).unref();
  });
  return firstSync;
}

export default class PageCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    this.memoryOnly = new FileSystemCache({ ...ctx, flushToDisk: false });
  }

  async get(...args) {
    await ready();
    return super.get(...args);
  }

  async set(key, data, ctx) {
    if (data && (data.status === 404 || data.kind === 'FETCH' || LIST_KEY.test(key))) return this.memoryOnly.set(key, data, ctx);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await ready();
    await super.revalidateTag(tags, durations);
    bumpGeneration();
    const tagStore = store();
    if (!tagStore) return;
    const list = (typeof tags === 'string' ? [tags] : tags).map((tag) => ({ tag, state: tagsManifest.get(tag) ?? {} }));
    try {
      apply(await tagStore.write(list));
    } catch (error) {
      // This instance already knows; others will not until the database is back. Say so.
      console.error(`Revalidated cache tags could not be saved to the database: ${error instanceof Error ? error.message : error}`);
    }
  }
}
