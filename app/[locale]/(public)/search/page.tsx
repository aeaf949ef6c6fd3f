import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { searchRecords } from '@/lib/search/search';
import { searchParamsToObject } from '@/lib/validation/list-query';
import { MAX_QUERY_LENGTH, parseSearchQueryLeniently } from '@/lib/validation/search-query';
import { SearchBox } from '@/components/search/search-box';
import { SearchResults } from '@/components/search/search-results';
import { FollowSearchLink } from '@/components/alerts/follow-links';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { query } = parseSearchQueryLeniently(searchParamsToObject(await searchParams));
  const title = query.q ? t('resultsTitle', { q: query.q.slice(0, 60) }) : t('title');
  // Result pages are endless and change with every edit: not for search engines' indexes.
  return { ...pageMetadata({ locale, path: '/search', title, description: t('metaDescription') }), robots: { index: !query.q, follow: true } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('Search');
  const { query, ignored, truncated } = parseSearchQueryLeniently(searchParamsToObject(await searchParams));
  const result = query.q ? await searchRecords(query, locale) : null;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <SearchBox key={query.q} defaultValue={query.q} autoFocus={!query.q} />
      {truncated && <p className="text-sm text-slate-700">{t('truncated', { max: MAX_QUERY_LENGTH })}</p>}
      {ignored.length > 0 && <p className="text-sm text-slate-700">{t('ignored', { names: ignored.join(', ') })}</p>}
      {result && !result.noWords && <FollowSearchLink query={query} />}
      {result ? <SearchResults result={result} query={query} locale={locale} /> : <p className="max-w-prose text-slate-700">{t('hint')}</p>}
    </div>
  );
}
