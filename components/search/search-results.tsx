import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SearchResult } from '@/lib/search/types';
import { MATCH_CAP, PHRASE_CANDIDATES } from '@/lib/search/types';
import { searchHref, type SearchQuery } from '@/lib/validation/search-query';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { NoResults } from './no-results';
import { ResultItem } from './result-item';
import { SearchPagination } from './search-pagination';

type Query = Omit<SearchQuery, 'locale' | 'pageSize'>;

/** A search's answer: how many, the filters in force, the facets beside the ranked results, the pages. */
export async function SearchResults({ result, query, locale }: { result: SearchResult; query: Query; locale: 'en' | 'ru' }) {
  const t = await getTranslations('Search');
  const textHits = result.hits.filter((hit) => hit.match === 'text').length;
  const nameHits = result.hits.length - textHits;
  const beyond = result.hits.length === 0 && result.total > 0;

  const hasFacets = Object.values(result.facets).some((values) => values.length > 0);

  return (
    <div className={hasFacets ? 'grid gap-8 md:grid-cols-[16rem_minmax(0,1fr)]' : 'max-w-4xl'}>
      <div className="md:order-2 space-y-4">
        {result.total > 0 && (
          <p role="status" className="font-medium">
            {result.total >= MATCH_CAP && result.capped
              ? t('countCapped', { count: MATCH_CAP })
              : result.capped
                ? t('countAtLeast', { count: result.total })
                : t('count', { count: result.total })}
          </p>
        )}
        <ActiveFilters facets={result.facets} query={query} locale={locale} />
        {result.capped && (
          <p className="text-sm text-slate-700">
            {result.total >= MATCH_CAP ? t('cappedNote', { count: MATCH_CAP }) : t('phraseNote', { count: PHRASE_CANDIDATES })}
          </p>
        )}
        {nameHits > 0 && textHits > 0 && <p className="text-sm text-slate-700">{t('fewResults')}</p>}
        {beyond && (
          <p>
            {t('pageBeyond', { page: query.page })}{' '}
            <Link href={searchHref({ ...query, page: undefined })} className="text-blue-800 underline">
              {t('firstPage')}
            </Link>
          </p>
        )}
        {result.total === 0 && <NoResults result={result} query={query} locale={locale} />}
        {result.hits.length > 0 && (
          <section aria-labelledby="search-results">
            <h2 id="search-results" className="sr-only">
              {t('resultsHeading')}
            </h2>
            <ol className="divide-y divide-slate-200" start={(query.page - 1) * result.pageSize + 1}>
              {result.hits.map((hit) => (
                <ResultItem key={`${hit.type}:${hit.slug}`} hit={hit} />
              ))}
            </ol>
          </section>
        )}
        <SearchPagination query={query} total={result.total} pageSize={result.pageSize} />
      </div>
      <div className="md:order-1">
        <FacetPanel facets={result.facets} query={query} locale={locale} />
      </div>
    </div>
  );
}
