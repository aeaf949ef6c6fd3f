import type { Metadata } from 'next';
import { routing, type AppLocale } from '@/lib/i18n/routing';

/**
 * The metadata every page shares: title and description, its canonical URL, the hreflang
 * alternates of both locales (x-default: English) and Open Graph. `path` has no locale prefix.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '');
}

export function pageMetadata({
  locale,
  path,
  title,
  description,
  type = 'website',
  feed,
}: {
  locale: AppLocale;
  path: string;
  title: string;
  description?: string;
  type?: 'website' | 'article' | 'profile';
  /** A narrower Atom feed for this page, e.g. `?organisation=csto`; every page links the global one. */
  feed?: string;
}): Metadata {
  const suffix = path === '/' ? '' : path;
  const languages = Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}`]));
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    alternates: {
      canonical: `/${locale}${suffix}`,
      languages: { ...languages, 'x-default': `/${routing.defaultLocale}${suffix}` },
      types: { 'application/atom+xml': `/${locale}/feed.xml${feed ?? ''}` },
    },
    openGraph: { title, description, url: `/${locale}${suffix}`, locale: locale === 'ru' ? 'ru_RU' : 'en_GB', type },
  };
}
