import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { filtersByType } from '@/lib/validation/list-query';
import { searchFacets } from '@/lib/validation/search-query';
import { oddStrings, pathTraversal, sqlInjection } from '../fixtures/hostile-strings';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { plantDraft } from '../helpers/planted-draft';
import { buildIfStale, startProductionServer, type ProductionServer } from '../helpers/production-server';

/**
 * SQL injection, path traversal and malformed strings in every slug and query parameter of every
 * readers' page, over HTTP against the production server (the API's parameters:
 * hostile-input.test.ts). Never a 500, never a stack trace or a database message, and never
 * the texts of a draft planted first, so "no data exposed" is checked, not assumed.
 */
pointAppAt();
const MARKER = 'HOSTILEPAGEDRAFTMARKER';
const DRAFT_SLUG = 'hostile-pages-unpublished-draft';
const SEGMENTS = { statement: 'statements', conference: 'conferences', organisation: 'organisations', initiative: 'initiatives', person: 'people', source: 'sources', country: 'countries' } as const;

/** Where a string goes: a path with `%s` for it (already in its final, encoded form). */
const slots: string[] = [
  '/%s',
  '/%s/statements',
  '/api/v1/statements/%s',
  '/en/%s',
  ...Object.values(SEGMENTS).map((segment) => `/en/${segment}/%s`),
  '/ru/organisations/%s',
  ...Object.entries(filtersByType).flatMap(([type, filters]) =>
    [...filters, 'page', 'pageSize', 'sort'].map((filter) => `/en/${SEGMENTS[type as keyof typeof SEGMENTS]}?${filter}=%s`),
  ),
  '/ru/statements?organisation=%s&year=2025',
  '/en/search?q=%s',
  '/ru/search?q=%s',
  ...[...searchFacets, 'page'].map((facet) => `/en/search?q=terrorism&${facet}=%s`),
  ...['type', 'organisation', 'initiative', 'year', 'page'].map((key) => `/en/timeline?${key}=%s`),
  ...['type', 'initiative', 'from', 'to', 'limit', 'view'].map((key) => `/en/network?${key}=%s`),
  '/en/map?type=%s',
  '/en/sources/un-security-council-resolution-2178?view=%s',
  '/en/alerts/new?follow=%s&slug=csto',
  '/en/alerts/new?follow=organisation&slug=%s',
  '/en/alerts/new?q=%s',
  '/en/alerts/manage/%s',
  '/en/alerts/confirm/%s',
  '/en/alerts/unsubscribe/%s',
  '/en/open-data?%s=1',
];

/** As a browser would put it in an address; a lone surrogate cannot be encoded, so its raw bytes go. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/**
 * Every slot gets every SQL-injection string, and a rotating share of the others (each of those
 * lands in several slots): about 1,200 requests, a few minutes on the busy machine, per database.
 */
const others = [...pathTraversal, ...oddStrings];
const cases = slots.flatMap((slot, index) => {
  const share = Array.from({ length: 8 }, (_, offset) => others[(index * 8 + offset) % others.length]);
  const encoded = [...sqlInjection, ...share].map(encode);
  // Path strings also raw, as an attacker types them (a client may normalise `../` away), and
  // escapes that are not UTF-8 at all.
  const raw = [...pathTraversal.filter((item) => !/[\s?#]/.test(item)).slice(index % 3, (index % 3) + 2), '%FF', '%C0%AF'];
  return [...encoded, ...raw].map((value) => slot.replace('%s', value));
});

let server: ProductionServer;
let draftId = '';

beforeAll(async () => {
  const { db } = await import('@/lib/db/client');
  draftId = await plantDraft(db(), DRAFT_SLUG, MARKER);
  // The embedded database serves one connection: the test lets go of it before the server starts.
  await closeAppDatabase();
  await buildIfStale(inject('databaseUrl'), inject('databaseKind'));
  server = await startProductionServer(inject('databaseUrl'), inject('databaseKind'));
}, 600_000);

afterAll(async () => {
  await server?.stop();
  const { db } = await import('@/lib/db/client');
  if (draftId) await db().record.delete({ where: { id: draftId } });
  await closeAppDatabase();
});

describe('hostile strings in the addresses of readers’ pages', () => {
  it(`answers ${cases.length} hostile addresses without a 500, a stack trace or a draft’s text`, async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    async function worker() {
      while (next < cases.length) {
        const path = cases[next++];
        const response = await fetch(`${server.origin}${path}`, { redirect: 'manual', headers: { accept: 'text/html' } });
        const body = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) failures.push(`${response.status} ${path}`);
        else if (body.includes(MARKER) || body.includes(DRAFT_SLUG)) failures.push(`draft exposed at ${path}`);
        else if (/\n\s+at \S+ \(|prisma|syntax error at|ECONN|relation ".*" does not exist/i.test(body)) failures.push(`internal detail at ${path}`);
      }
    }
    await Promise.all(Array.from({ length: 3 }, worker));
    console.info(`hostile page addresses: ${cases.length} requests over ${slots.length} slots; statuses ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}`);
    expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
  }, 900_000);
});
