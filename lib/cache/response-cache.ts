/**
 * Finished answers of readers' cached pages, kept in the server's memory in front of Next.js
 * (decision 015). Next.js already caches the rendered page (ISR, decision 013), but serving a
 * cached page still runs its whole request pipeline, the proxy, the security step and
 * compression: about ten times the CPU of a static file. An answer kept here is the exact bytes
 * Next.js, the policy step and compression produced, sent again as a static file would be.
 *
 * Kept: what Next.js itself marks as a fresh shared-cache answer (`x-nextjs-cache` HIT or MISS
 * with `s-maxage`), and the answers of the pages listed in ADDRESS_ONLY_PAGES, which Next.js
 * renders per request but which depend on nothing but their address and the published records;
 * for requests without the router's RSC headers. Dropped when any cache tag is revalidated
 * (generation.ts: every save), after TTL_MS, and while the database has not been seen up recently
 * (so an outage still gets the 503 page, as the proxy gives it).
 */
export interface StoredAnswer {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  generation: number;
  storedAt: number;
  /** How long it may be given: TTL_MS, or STALE_TTL_MS for a stale page Next.js is rendering again. */
  lifetimeMs: number;
}

/** How long an answer is kept at most, whatever happens: pages also expire by time (ISR). */
export const TTL_MS = 60_000;
/**
 * A page Next.js answered as STALE (a save marked it so; Next.js gives the old page to everyone
 * while it renders the new one in the background) is kept this long: what Next.js itself would
 * give in that second, without its pipeline for every reader in a burst of saves.
 */
export const STALE_TTL_MS = 1_000;
/** Memory for kept answers; the least recently used go first. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** A page bigger than this is not kept (none is near it). */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/**
 * Pages rendered per request (they read their query) whose answer is nonetheless the same for
 * every reader: no cookie, no session, no header read. Search is the one asked most; its answers
 * keep `Cache-Control: no-store` for browsers and proxies, which cannot know when a save makes them
 * stale; this cache does.
 */
const ADDRESS_ONLY_PAGES = /^\/(?:en|ru)\/search(?:\?|$)/;

/** Request headers that make Next.js answer something else than the page's HTML. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];
/** Never kept: the editors' area, API answers (own cache headers and ETags), Next's files. */
const BYPASS_PATH = /^\/(?:api|oai|_next)(?:[/?]|$)|^\/[^/?]+\/admin(?:[/?]|$)/;
/** Not replayed: they belong to one connection or one moment. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

export interface RequestFacts {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The key an answer to this request is kept under, or null when it must always go to Next.js. */
export function answerKey(request: RequestFacts): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (!url.startsWith('/') || BYPASS_PATH.test(url) || /[?&]_rsc=/.test(url)) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (request.headers.authorization !== undefined) return null;
  // Compression differs by what the client accepts; the header's exact text keeps it simple.
  const encoding = String(request.headers['accept-encoding'] ?? '').replace(/\s+/g, '').toLowerCase();
  return `${url}\n${encoding}`;
}

/**
 * How long an answer may be given to every reader: 0 when it is not such an answer (personal,
 * failed, or rendered for one request only), TTL_MS when fresh, STALE_TTL_MS when Next.js gave a
 * stale page while it renders the page again.
 */
export function shareableFor(url: string, status: number, headers: Record<string, unknown>, bytes: number): number {
  if (status !== 200 || bytes > MAX_ANSWER_BYTES || headers['set-cookie'] !== undefined) return 0;
  if (ADDRESS_ONLY_PAGES.test(url)) return TTL_MS;
  const cache = String(headers['x-nextjs-cache'] ?? '');
  const control = String(headers['cache-control'] ?? '');
  if (!/\bs-maxage=\d+/.test(control) || /\b(private|no-store)\b/.test(control)) return 0;
  return cache === 'HIT' || cache === 'MISS' ? TTL_MS : cache === 'STALE' ? STALE_TTL_MS : 0;
}

export function replayHeaders(headers: Record<string, unknown>): [string, string | string[]][] {
  return Object.entries(headers)
    .filter(([name, value]) => value !== undefined && !HOP_HEADERS.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)]);
}

export class ResponseCache {
  private readonly answers = new Map<string, StoredAnswer>();
  private bytes = 0;

  constructor(private readonly maxBytes = MAX_BYTES) {}

  get(key: string, generation: number, now = Date.now()): StoredAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (answer.generation !== generation || now - answer.storedAt >= answer.lifetimeMs) {
      this.delete(key);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  set(key: string, answer: StoredAnswer): void {
    if (answer.body.length > this.maxBytes) return;
    this.delete(key);
    this.answers.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, kept] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= kept.body.length;
    }
  }

  get size(): number {
    return this.answers.size;
  }

  private delete(key: string) {
    const answer = this.answers.get(key);
    if (!answer) return;
    this.answers.delete(key);
    this.bytes -= answer.body.length;
  }
}
