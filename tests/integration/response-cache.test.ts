import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { buildIfStale, startProductionServer, type ProductionServer } from '../helpers/production-server';
import { statementFixtures } from '../helpers/records';
import { saveThroughForm, setField, signInAs } from '@/scripts/bench/editor-form';
import { browser } from '@/scripts/bench/html-form';

/**
 * The response cache in front of Next.js (lib/cache/response-cache.ts, decision 015) in the
 * production server: a reader's page and a search are answered from memory the second time, and
 * an editor's save (through the editors' form, as a browser without JavaScript sends it) is on
 * both at the next request. (Another instance's save reaching this one's cache:
 * page-cache-handler.test.ts.)
 */
pointAppAt();
const run = randomUUID().slice(0, 8);
const slug = `response-cache-${run}`;
const before = `Zanzibarquill${run}`;
const after = `Quokkavellum${run}`;
const editor = { email: `cache-editor-${run}@example.org`, password: 'response cache password' };
let server: ProductionServer;
let fixtures: ReturnType<typeof statementFixtures>;
let db: typeof import('@/lib/db/client').db;

beforeAll(async () => {
  ({ db } = await import('@/lib/db/client'));
  fixtures = statementFixtures(db());
  await fixtures.create({ slug, name: { en: `Statement ${before}`, ru: `Заявление ${run}` }, quote: { en: 'A quote.', ru: 'Цитата.' } });
  const { createAccount } = await import('@/lib/auth/accounts');
  await createAccount(db(), { ...editor, name: 'Cache Editor', role: 'editor' });
  await buildIfStale(inject('databaseUrl'), inject('databaseKind'));
  server = await startProductionServer(inject('databaseUrl'), inject('databaseKind'));
  // The server reads every revalidated tag from the database on its first page (decision 013),
  // which drops anything kept before; one page first, as any running server has served.
  await (await fetch(`${server.origin}/en`)).arrayBuffer();
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await fixtures?.removeAll();
  await db().user.deleteMany({ where: { email: editor.email } });
  await closeAppDatabase();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers } });

async function twice(path: string) {
  const first = await get(path);
  const firstBody = await first.text();
  const second = await get(path);
  return { first, firstBody, second, secondBody: await second.text() };
}

describe('answers from memory, correct after a save', () => {
  it('answers a record page and a search the second time from memory, with the same page', async () => {
    for (const path of [`/en/statements/${slug}`, `/en/search?q=${before}`]) {
      const { first, firstBody, second, secondBody } = await twice(path);
      expect(first.status, path).toBe(200);
      expect(firstBody).toContain(before);
      expect(second.headers.get('x-cache'), path).toBe('HIT');
      expect(secondBody).toBe(firstBody);
      // The security step's headers travel with the kept answer.
      expect(second.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
      expect(second.headers.get('content-encoding')).toBe('gzip');
    }
  });

  it('never answers the router’s RSC requests, the editors’ area or the API from memory', async () => {
    for (const [path, headers] of [
      [`/en/statements/${slug}`, { rsc: '1' }],
      ['/en/admin/sign-in', {}],
      ['/api/v1/statements?pageSize=1', {}],
    ] as const) {
      await (await get(path, headers)).arrayBuffer();
      const again = await get(path, headers);
      await again.arrayBuffer();
      expect(again.headers.get('x-cache'), path).not.toBe('HIT');
    }
  });

  it('shows an editor’s save on the page and in search at the next request', async () => {
    const session = browser(server.origin);
    await signInAs(session, 'en', editor.email, editor.password);
    const saved = await saveThroughForm(session, `/en/admin/statements/${slug}`, (fields) => {
      setField(fields, 'texts.name.en', `Statement ${after}`);
      return undefined;
    });
    expect(saved).toMatchObject({ kind: 'accepted' });

    const page = await (await get(`/en/statements/${slug}`)).text();
    expect(page).toContain(after);
    expect(page).not.toContain(`Statement ${before}`);
    const found = await (await get(`/en/search?q=${after}`)).text();
    expect(found).toContain(`/en/statements/${slug}`);
    expect(await (await get(`/en/search?q=${before}`)).text()).not.toContain(`/en/statements/${slug}`);
  });
});
