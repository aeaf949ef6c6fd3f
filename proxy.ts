import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { CACHED_LIST_PREFIX, cachedListPath } from './components/lists/cached-list-path';

const intl = createMiddleware(routing);
const internalList = new RegExp(`^/[^/]+/${CACHED_LIST_PREFIX}(/|$)`);

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The cached lists' internal address is not a page of its own: the localized 404.
  if (internalList.test(pathname)) {
    return NextResponse.rewrite(new URL(`/${pathname.split('/')[1]}/not-found`, request.url));
  }
  // A list whose filters all make sense is served from the page cache (decision 008).
  const list = request.method === 'GET' ? cachedListPath(pathname, searchParams, routing.locales) : null;
  if (list) return NextResponse.rewrite(new URL(list, request.url));
  return intl(request);
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: '/((?!api|oai|_next|_vercel|.*\\..*).*)',
};
