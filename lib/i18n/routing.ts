import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  // Every page lives under /en or /ru; `/` picks one from Accept-Language.
  localePrefix: 'always',
});

export type AppLocale = (typeof routing.locales)[number];
