import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  // Every page lives under /en or /ru; `/` picks one from Accept-Language.
  localePrefix: 'always',
  // No NEXT_LOCALE cookie: a Set-Cookie on every first answer would keep shared caches (a CDN)
  // from storing pages, and `/` follows Accept-Language by contract (DESIGN.md). No `Link`
  // header either: every page names its language versions in its <head> (decision 013).
  localeCookie: false,
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
