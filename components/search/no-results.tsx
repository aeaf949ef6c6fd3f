import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pickText } from '@/lib/data/texts';
import type { NameMatch, SearchResult } from '@/lib/search/types';
import { searchHref, type SearchQuery } from '@/lib/validation/search-query';
import { RecordLink } from '@/components/records/record-link';
import { facetLabeller } from './facet-label';

type Query = Omit<SearchQuery, 'locale' | 'pageSize'>;

const link = 'text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2';

async function NameList({ heading, matches }: { heading: string; matches: NameMatch[] }) {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  if (matches.length === 0) return null;
  return (
    <section className="space-y-1">
      <h2 className="font-semibold">{heading}</h2>
      <ul className="list-disc space-y-1 pl-6">
        {matches.map((match) => {
          const name = pickText(match.record.names, 'name', locale);
          const searchText = name?.text ?? match.text;
          return (
            <li key={match.record.slug}>
              <RecordLink record={match.record} />
              {name?.text !== match.text && (
                <span className="text-slate-700">
                  {' '}(<span lang={match.lang === locale ? undefined : match.lang}>{match.text}</span>)
                </span>
              )}
              {' · '}
              <Link href={searchHref({ q: searchText })} className={link}>
                {t('searchFor', { q: searchText })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * When nothing is found: say so plainly, then offer what the search can: names spelled like the
 * query, names and aliases that match one of its words, each filter dropped (with what that
 * would find), and any of the words instead of all of them.
 */
export async function NoResults({ result, query, locale }: { result: SearchResult; query: Query; locale: 'en' | 'ru' }) {
  const t = await getTranslations('Search');
  const label = await facetLabeller(locale);
  const { help } = result;
  const filtered = help.withoutFilter.length > 0;
  const didYouMeanIds = new Set(help.didYouMean.map((match) => match.record.slug));
  return (
    <div className="space-y-5 rounded border border-slate-200 bg-slate-50 p-4">
      <p role="status" className="text-lg">{result.noWords ? t('noWords', { q: query.q }) : t(filtered ? 'noResultsFiltered' : 'noResults', { q: query.q })}</p>
      <NameList heading={t('didYouMean')} matches={help.didYouMean} />
      <NameList heading={t('namesInQuery')} matches={help.namesInQuery.filter((match) => !didYouMeanIds.has(match.record.slug))} />
      {filtered && (
        <ul className="space-y-1">
          {help.withoutFilter.map(({ facet, count }) => (
            <li key={facet}>
              <Link href={searchHref({ ...query, [facet]: undefined, page: undefined })} className={link}>
                {t('withoutFilter', { filter: `${t(`facets.${facet}`)}: ${label(facet, String(query[facet])).text}`, count })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {help.anyWords && (
        <p>
          <Link href={searchHref({ ...query, q: help.anyWords, page: undefined })} className={link}>
            {t('anyWords', { q: help.anyWords })}
          </Link>
        </p>
      )}
    </div>
  );
}
