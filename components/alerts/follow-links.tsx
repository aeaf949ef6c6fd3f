import { getLocale, getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { pickText } from '@/lib/data/texts';
import { Link } from '@/lib/i18n/navigation';
import type { FollowType } from '@/lib/validation/alerts';
import { searchFacets, type SearchQuery } from '@/lib/validation/search-query';

const linkClass = 'inline-flex min-h-6 items-center gap-1.5 rounded border border-blue-800 px-3 py-1 text-sm font-medium text-blue-900 hover:bg-blue-50';

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
      <path d="M10 2a5 5 0 0 0-5 5v3.6L3.3 13.3A1 1 0 0 0 4.1 15h11.8a1 1 0 0 0 .8-1.7L15 10.6V7a5 5 0 0 0-5-5Zm0 17a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2Z" />
    </svg>
  );
}

/** "Follow this search": to the subscribe page with the search's words and filters. */
export async function FollowSearchLink({ query }: { query: Pick<SearchQuery, 'q' | (typeof searchFacets)[number]> }) {
  const t = await getTranslations('Follow');
  const params: Record<string, string> = { q: query.q };
  for (const facet of searchFacets) if (query[facet] !== undefined) params[facet] = String(query[facet]);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <Link href={{ pathname: '/alerts/new', query: params }} className={linkClass}>
        <BellIcon />
        {t('search')}
      </Link>
      <span>{t('searchHint')}</span>
    </p>
  );
}

/** "Follow" on an organisation, initiative or person page. */
export async function FollowRecordLink({ record }: { record: RecordDetail & { type: FollowType } }) {
  const [t, locale] = await Promise.all([getTranslations('Follow'), getLocale()]);
  const name = pickText(record.texts, 'name', locale)?.text ?? record.slug;
  return (
    <p>
      <Link href={{ pathname: '/alerts/new', query: { follow: record.type, slug: record.slug } }} aria-label={t('recordLabel', { name })} className={linkClass}>
        <BellIcon />
        {t('record')}
      </Link>
    </p>
  );
}
