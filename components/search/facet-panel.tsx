import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { SearchFacets } from '@/lib/search/types';
import { searchFacets, searchHref, type SearchQuery } from '@/lib/validation/search-query';
import { facetLabeller } from './facet-label';

type Query = Omit<SearchQuery, 'locale' | 'pageSize'>;

/**
 * The facets with their counts over the current matches. Each value is a link that adds it to
 * the URL (filters combine); the value in force links back to the search without it.
 */
export async function FacetPanel({ facets, query, locale }: { facets: SearchFacets; query: Query; locale: 'en' | 'ru' }) {
  const t = await getTranslations('Search');
  const format = await getFormatter();
  const label = await facetLabeller(locale);
  const shown = searchFacets.filter((facet) => facets[facet].length > 0);
  if (shown.length === 0) return null;
  return (
    <aside aria-labelledby="search-facets" className="space-y-5">
      <h2 id="search-facets" className="text-lg font-semibold">
        {t('facetsHeading')}
      </h2>
      {shown.map((facet) => (
        <section key={facet} aria-labelledby={`facet-${facet}`} className="space-y-1">
          <h3 id={`facet-${facet}`} className="font-medium text-slate-900">
            {t(`facets.${facet}`)}
          </h3>
          <ul className="space-y-0.5 text-sm">
            {facets[facet].map((value) => {
              const active = String(query[facet] ?? '') === value.value;
              const name = label(facet, value);
              return (
                <li key={value.value}>
                  <Link
                    href={searchHref({ ...query, [facet]: active ? undefined : value.value, page: undefined })}
                    aria-current={active ? 'true' : undefined}
                    className={`flex items-baseline justify-between gap-2 rounded px-1.5 py-0.5 hover:bg-blue-50 ${active ? 'bg-blue-50 font-semibold text-blue-900' : 'text-blue-800'}`}
                  >
                    <span lang={name.lang} className="min-w-0 break-words">
                      {active && <span aria-hidden="true">✓ </span>}
                      {name.text}
                    </span>
                    <span className="shrink-0 text-slate-700">{format.number(value.count)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </aside>
  );
}
