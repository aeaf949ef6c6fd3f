import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { cookieHeader, submitForm } from '../helpers/http-forms';
import { buildIfStale, startProductionServer, type ProductionServer } from '../helpers/production-server';
import { removeTestRows } from '../helpers/request-context';
import { adminPageRoutes, apiRoutes, apiTable, fill, pageTable, roles, type Expected, type Role } from './access-pages.table';

/**
 * Issue #11, point 5: every editors' page (in both languages) and every route handler, asked over
 * HTTP of the production server as anonymous, editor, reviewer and admin, against a table of
 * who may see what (access-pages.table.ts, written from the README's account table, not from
 * lib/auth/permissions.ts). The routes are read from app/, so a page or an API route missing
 * from the table fails the test. Sessions are made as a browser makes them: the sign-in form.
 */
const kind = inject('databaseKind');
const url = inject('databaseUrl');
const run = randomUUID().slice(0, 8);
const PASSWORD = 'pages password 2026';
const email = (role: Role) => `pages-${role}-${run}@example.org`;
const cookies: Partial<Record<Role, string>> = {};
let server: ProductionServer;

beforeAll(async () => {
  pointAppAt(url);
  process.env.AUTH_SECRET ??= 'test-secret-for-vitest-only-0123456789abcdef';
  const { db } = await import('@/lib/db/client');
  const { createAccount } = await import('@/lib/auth/accounts');
  for (const role of roles) if (role !== 'anonymous') await createAccount(db(), { email: email(role), name: role, role, password: PASSWORD });
  // The embedded database serves one connection: the server's, from here on.
  await closeAppDatabase();
  await buildIfStale(url, kind);
  server = await startProductionServer(url, kind);
  for (const role of roles) {
    if (role === 'anonymous') continue;
    const answer = await submitForm(server.origin, '/en/admin/sign-in', { email: email(role), password: PASSWORD });
    expect(answer.status, `sign-in of the ${role}`).toBe(303);
    cookies[role] = cookieHeader(answer);
  }
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await removeTestRows(run);
  await closeAppDatabase();
});

/** What a request got, in the table's terms: a status, and where a redirect leads. */
async function outcome(response: Response, origin: string): Promise<Expected> {
  await response.arrayBuffer();
  const location = response.headers.get('location');
  if (!location) return { status: response.status };
  const target = new URL(location, origin);
  return { status: response.status, location: target.pathname, ...(target.searchParams.has('next') ? { next: target.searchParams.get('next')! } : {}) };
}

describe('who may open what, over HTTP (production server)', () => {
  it('the sign-in form gives each role a session cookie that is HttpOnly, SameSite=Lax, Secure and ends within 7 days', async () => {
    const answer = await submitForm(server.origin, '/en/admin/sign-in', { email: email('editor'), password: PASSWORD });
    const session = answer.headers.getSetCookie().find((cookie) => /session_token=/.test(cookie));
    expect(session).toBeDefined();
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Secure/i);
    const maxAge = Number(/Max-Age=(\d+)/i.exec(session!)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(7 * 24 * 3600);
    for (const role of roles) if (role !== 'anonymous') expect(cookies[role], role).toMatch(/session_token=/);
  });

  it('the tables name every admin page and every route handler in app/, and nothing else', () => {
    expect(adminPageRoutes().sort()).toEqual(Object.keys(pageTable).sort());
    expect(apiRoutes().sort()).toEqual(Object.keys(apiTable).sort());
  });

  it('every admin page, in both languages, answers each role as the table says', async () => {
    const differences: string[] = [];
    let checked = 0;
    for (const [route, rules] of Object.entries(pageTable)) {
      for (const locale of ['en', 'ru'] as const) {
        const path = fill(route);
        for (const role of roles) {
          const response = await fetch(`${server.origin}/${locale}${path}`, { headers: { cookie: cookies[role] ?? '' }, redirect: 'manual' });
          const got = await outcome(response, server.origin);
          const want = rules[role](locale, path);
          checked++;
          if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${role} ${locale}${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        }
      }
    }
    console.info(`access walk: ${checked} page requests (${Object.keys(pageTable).length} routes × 2 languages × ${roles.length} roles)`);
    expect(differences).toEqual([]);
  });

  it('every route handler answers each role as the table says', async () => {
    const differences: string[] = [];
    let checked = 0;
    for (const [route, rule] of Object.entries(apiTable)) {
      for (const role of roles) {
        const request = rule.request();
        const response = await fetch(`${server.origin}${request.path}`, { method: request.method ?? 'GET', body: request.body, headers: { cookie: cookies[role] ?? '' }, redirect: 'manual' });
        const got = await outcome(response, server.origin);
        const want = rule[role];
        checked++;
        if (JSON.stringify(got) !== JSON.stringify(want)) differences.push(`${role} ${request.method ?? 'GET'} ${request.path} (${route}): expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
    }
    console.info(`access walk: ${checked} route handler requests (${Object.keys(apiTable).length} routes × ${roles.length} roles)`);
    expect(differences).toEqual([]);
  });

  it('after signing out over HTTP the old cookie opens nothing: the pages send it to sign-in again', async () => {
    const signIn = await submitForm(server.origin, '/en/admin/sign-in', { email: email('reviewer'), password: PASSWORD });
    const cookie = cookieHeader(signIn);
    expect((await fetch(`${server.origin}/en/admin`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
    const signOut = await submitForm(server.origin, '/en/admin', {}, cookie, 'Sign out');
    expect(signOut.status).toBe(303);
    expect(new URL(signOut.headers.get('location')!, server.origin).pathname).toBe('/en/admin/sign-in');
    const after = await fetch(`${server.origin}/en/admin/audit`, { headers: { cookie }, redirect: 'manual' });
    expect(await outcome(after, server.origin)).toEqual({ status: 307, location: '/en/admin/sign-in', next: '/admin/audit' });
    const lookup = await fetch(`${server.origin}/api/admin/slug?type=person&slug=someone`, { headers: { cookie }, redirect: 'manual' });
    expect(lookup.status).toBe(401);
  });
});
