import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { hasLocale } from 'next-intl';
import { databaseAvailable } from './lib/data/availability';
import { unavailableResponse } from './lib/errors/unavailable-page';
import { routing } from './lib/i18n/routing';
import { CACHED_LIST_PREFIX, cachedListPath } from './components/lists/cached-list-path';

const intl = createMiddleware(routing);
const internalList = new RegExp(`^/[^/]+/${CACHED_LIST_PREFIX}(/|$)`);

/**
 * Locale routing; lists whose query it understands to the page cache; and the first of two
 * origin checks on form posts (server actions check again and the action wrapper checks the
 * session): a POST whose Origin is another site is refused before any action runs.
 */
export default async function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD' && isCrossSite(request)) {
    return new NextResponse('Refused: this form was sent from another site.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Every page reads the database: while it does not answer, readers get the localized 503
  // page (with Retry-After) instead of an error halfway through a page. Checked at most every
  // few seconds (lib/data/availability.ts); a recovery is seen without a restart.
  const locale = request.nextUrl.pathname.split('/')[1];
  if (hasLocale(routing.locales, locale) && !(await databaseAvailable())) {
    return unavailableResponse(locale, request.nextUrl.pathname + request.nextUrl.search);
  }
  const { pathname, searchParams } = request.nextUrl;
  // The cached lists' internal address is not a page of its own: the localized 404.
  if (internalList.test(pathname)) {
    return NextResponse.rewrite(new URL(`/${pathname.split('/')[1]}/not-found`, request.url));
  }
  // A list whose filters all make sense is served from the page cache (decision 013).
  const list = request.method === 'GET' ? cachedListPath(pathname, searchParams, routing.locales) : null;
  if (list) return NextResponse.rewrite(new URL(list, request.url));
  return intl(request);
}

function isCrossSite(request: NextRequest): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: '/((?!api|oai|_next|_vercel|.*\\..*).*)',
};
