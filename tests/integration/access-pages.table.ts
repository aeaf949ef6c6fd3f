import { readdirSync } from 'node:fs';

/**
 * Who may open what, written from what a user is told (README "Editors": editors create and edit,
 * reviewers also publish and delete, admins also manage accounts and read the audit log; the
 * alert job's failures are an operator's page) — not copied from lib/auth/permissions.ts, so a
 * wrong permission there shows up as a difference. Read by access-pages.test.ts.
 */
export const roles = ['anonymous', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];
export type Expected = { status: number; location?: string; next?: string };
type Locale = 'en' | 'ru';

/** The record every dynamic segment is filled with: a published organisation of the seed. */
const samples: Record<string, string> = { segment: 'organisations', type: 'organisations', slug: 'media-industrial-committee', locale: 'en', token: 'A'.repeat(43) };
export const fill = (route: string) => route.replace(/\[(\w+)\]/g, (_, name: string) => samples[name]);

/** Routes under app/ whose files are named `file`, as URL patterns (route groups dropped). */
function routesOf(under: string, file: string): string[] {
  return (readdirSync(under, { recursive: true }) as string[])
    .filter((path) => path.split(/[\\/]/).pop() === file)
    .map((path) => `/${path}`.replace(/\\/g, '/').replace(/\/\([^)]+\)/g, '').replace(new RegExp(`/${file.replace('.', '\\.')}$`), '') || '/');
}
export const adminPageRoutes = () => routesOf('app/[locale]/admin', 'page.tsx').map((route) => `/admin${route === '/' ? '' : route}`);
export const apiRoutes = () => routesOf('app', 'route.ts');

const ok = () => ({ status: 200 });
const forbidden = () => ({ status: 403 });
// Signed out: to the sign-in page of the same language, which brings them back here after.
const toSignIn = (locale: Locale, path: string) => ({ status: 307, location: `/${locale}/admin/sign-in`, next: path });
const editorsPage = { anonymous: toSignIn, editor: ok, reviewer: ok, admin: ok };
const adminsPage = { anonymous: toSignIn, editor: forbidden, reviewer: forbidden, admin: ok };

export const pageTable: Record<string, Record<Role, (locale: Locale, path: string) => Expected>> = {
  '/admin': editorsPage,
  '/admin/[segment]': editorsPage,
  '/admin/[segment]/new': editorsPage,
  '/admin/[segment]/[slug]': editorsPage,
  '/admin/[segment]/[slug]/history': editorsPage,
  '/admin/[segment]/[slug]/preview': editorsPage,
  '/admin/translations': editorsPage,
  '/admin/account': editorsPage,
  '/admin/audit': adminsPage,
  '/admin/users': adminsPage,
  '/admin/alerts': adminsPage,
  // Signed in already: straight on to the editors' area.
  '/admin/sign-in': { anonymous: ok, editor: (locale) => ({ status: 307, location: `/${locale}/admin` }), reviewer: (locale) => ({ status: 307, location: `/${locale}/admin` }), admin: (locale) => ({ status: 307, location: `/${locale}/admin` }) },
};

type ApiRule = Record<Role, Expected> & { request: () => { path: string; method?: string; body?: BodyInit } };
const everyone = (status: number) => ({ anonymous: { status }, editor: { status }, reviewer: { status }, admin: { status } });
// The editors' lookups: 401 without a session (a script gets JSON, not the sign-in page).
const editorsLookup = { anonymous: { status: 401 }, editor: { status: 200 }, reviewer: { status: 200 }, admin: { status: 200 } };

export const apiTable: Record<string, ApiRule> = {
  '/api/admin/records': { ...editorsLookup, request: () => ({ path: '/api/admin/records?types=organisation,person&q=media' }) },
  '/api/admin/slug': { ...editorsLookup, request: () => ({ path: '/api/admin/slug?type=organisation&slug=media-industrial-committee' }) },
  '/api/health': { ...everyone(200), request: () => ({ path: '/api/health' }) },
  '/api/v1/[type]': { ...everyone(200), request: () => ({ path: fill('/api/v1/[type]?pageSize=2') }) },
  '/api/v1/[type]/[slug]': { ...everyone(200), request: () => ({ path: fill('/api/v1/[type]/[slug]') }) },
  '/api/v1/[type]/[slug]/cite': { ...everyone(200), request: () => ({ path: fill('/api/v1/[type]/[slug]/cite?format=ris') }) },
  '/api/v1/export/[type]': { ...everyone(200), request: () => ({ path: fill('/api/v1/export/[type]?format=json') }) },
  '/api/v1/openapi.json': { ...everyone(200), request: () => ({ path: '/api/v1/openapi.json' }) },
  '/api/v1/search': { ...everyone(200), request: () => ({ path: '/api/v1/search?q=media' }) },
  '/api/v1/search/suggest': { ...everyone(200), request: () => ({ path: '/api/v1/search/suggest?q=med' }) },
  // A mail program's one-click unsubscribe: the token decides, never a session; this one names no alert.
  '/api/alerts/unsubscribe/[token]': { ...everyone(404), request: () => ({ path: fill('/api/alerts/unsubscribe/[token]'), method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) }) },
  '/[locale]/feed.xml': { ...everyone(200), request: () => ({ path: fill('/[locale]/feed.xml') }) },
  '/oai': { ...everyone(200), request: () => ({ path: '/oai?verb=Identify' }) },
};
