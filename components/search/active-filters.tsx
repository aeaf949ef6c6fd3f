import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SearchFacets } from '@/lib/search/types';
import { searchFacets, searchHref, type SearchQuery } from '@/lib/validation/search-query';
import { facetLabeller } from './facet-label';

type Query = Omit<SearchQuery, 'locale' | 'pageSize'>;

/** The filters in force, each a link that drops it, and one that drops them all. */
export async function ActiveFilters({ facets, query, locale }: { facets: SearchFacets; query: Query; locale: 'en' | 'ru' }) {
  const t = await getTranslations('Search');
  const label = await facetLabeller(locale);
  const active = searchFacets.filter((facet) => query[facet] !== undefined);
  if (active.length === 0) return null;
  const chip = 'inline-flex max-w-full items-center gap-1.5 rounded-full border border-blue-800 px-3 py-1 text-sm text-blue-900 hover:bg-blue-50';
  return (
    <ul aria-label={t('activeFilters')} className="flex flex-wrap gap-2">
      {active.map((facet) => {
        const raw = String(query[facet]);
        const name = label(facet, facets[facet].find((value) => value.value === raw) ?? raw);
        return (
          <li key={facet}>
            <Link
              href={searchHref({ ...query, [facet]: undefined, page: undefined })}
              aria-label={t('removeFilter', { filter: t(`facets.${facet}`), value: name.text })}
              className={chip}
            >
              <span className="truncate">
                {t(`facets.${facet}`)}: <span lang={name.lang}>{name.text}</span>
              </span>
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        );
      })}
      {active.length > 1 && (
        <li>
          <Link href={searchHref({ q: query.q })} className={chip}>
            {t('clearFilters')}
          </Link>
        </li>
      )}
    </ul>
  );
}
