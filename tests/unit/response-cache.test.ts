import { describe, expect, it } from 'vitest';
import { answerKey, replayHeaders, ResponseCache, shareableFor, STALE_TTL_MS, TTL_MS, type StoredAnswer } from '@/lib/cache/response-cache';

const answer = (body: string, generation = 1, storedAt = 1_000, lifetimeMs = TTL_MS): StoredAnswer => ({
  status: 200, headers: [['content-type', 'text/html']], body: Buffer.from(body), generation, storedAt, lifetimeMs,
});
const isr = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=3600, stale-while-revalidate=31535999' };

describe('which requests the response cache may answer', () => {
  it('keys a reader’s page by address and accepted encoding', () => {
    expect(answerKey({ method: 'GET', url: '/en/statements/x', headers: { 'accept-encoding': 'gzip, br' } })).toBe('/en/statements/x\ngzip,br');
    expect(answerKey({ method: 'HEAD', url: '/ru', headers: {} })).toBe('/ru\n');
  });

  it('never answers posts, the editors’ area, the API, Next’s files or the router’s RSC requests', () => {
    for (const request of [
      { method: 'POST', url: '/en/statements', headers: {} },
      { method: 'GET', url: '/en/admin/statements', headers: {} },
      { method: 'GET', url: '/ru/admin', headers: {} },
      { method: 'GET', url: '/api/v1/statements', headers: {} },
      { method: 'GET', url: '/oai?verb=Identify', headers: {} },
      { method: 'GET', url: '/_next/static/chunks/a.js', headers: {} },
      { method: 'GET', url: '/en/statements', headers: { rsc: '1' } },
      { method: 'GET', url: '/en/statements?_rsc=abc', headers: {} },
      { method: 'GET', url: '/en/statements', headers: { 'next-router-prefetch': '1' } },
      { method: 'GET', url: '/en', headers: { authorization: 'Basic x' } },
    ]) {
      expect(answerKey(request), `${request.method} ${request.url}`).toBeNull();
    }
  });
});

describe('which answers it keeps', () => {
  it('keeps fresh page-cache answers and search pages, stale ones for a second, nothing personal', () => {
    expect(shareableFor('/en/statements/x', 200, isr, 100)).toBe(TTL_MS);
    expect(shareableFor('/en/statements/x', 200, { ...isr, 'x-nextjs-cache': 'MISS' }, 100)).toBe(TTL_MS);
    expect(shareableFor('/en/search?q=terrorism', 200, { 'cache-control': 'private, no-cache, no-store' }, 100)).toBe(TTL_MS);
    expect(shareableFor('/en/statements/x', 200, { ...isr, 'x-nextjs-cache': 'STALE' }, 100)).toBe(STALE_TTL_MS);
    expect(shareableFor('/en/statements?x=1', 200, { 'cache-control': 'private, no-cache, no-store' }, 100)).toBe(0);
    expect(shareableFor('/en/statements/x', 404, isr, 100)).toBe(0);
    expect(shareableFor('/en/search?q=x', 503, {}, 100)).toBe(0);
    expect(shareableFor('/en/statements/x', 200, { ...isr, 'set-cookie': ['a=b'] }, 100)).toBe(0);
    expect(shareableFor('/en/statements/x', 200, isr, 3 * 1024 * 1024)).toBe(0);
  });

  it('replays headers without those of one connection', () => {
    expect(replayHeaders({ 'content-type': 'text/html', 'content-length': '5', connection: 'keep-alive', date: 'x', vary: ['a', 'b'] })).toEqual([
      ['content-type', 'text/html'],
      ['vary', ['a', 'b']],
    ]);
  });
});

describe('ResponseCache', () => {
  it('gives an answer back only under the generation it was stored with and within its time', () => {
    const cache = new ResponseCache(1_000);
    cache.set('a', answer('one', 1, 1_000));
    expect(cache.get('a', 1, 2_000)?.body.toString()).toBe('one');
    expect(cache.get('a', 2, 2_000)).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('b', answer('two', 2, 1_000));
    expect(cache.get('b', 2, 61_000)).toBeUndefined();
    cache.set('stale', answer('three', 2, 1_000, STALE_TTL_MS));
    expect(cache.get('stale', 2, 1_500)).toBeDefined();
    expect(cache.get('stale', 2, 2_000)).toBeUndefined();
  });

  it('stays within its memory, dropping the least recently used first', () => {
    const cache = new ResponseCache(10);
    cache.set('a', answer('aaaa'));
    cache.set('b', answer('bbbb'));
    expect(cache.get('a', 1, 1_000)).toBeDefined(); // a is now the most recent
    cache.set('c', answer('cccc'));
    expect(cache.get('b', 1, 1_000)).toBeUndefined();
    expect(cache.get('a', 1, 1_000)).toBeDefined();
    expect(cache.get('c', 1, 1_000)).toBeDefined();
    cache.set('huge', answer('x'.repeat(11)));
    expect(cache.get('huge', 1, 1_000)).toBeUndefined();
  });
});
