import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { searchHref, type SearchQuery } from '@/lib/validation/search-query';

type Query = Omit<SearchQuery, 'locale' | 'pageSize'>;

const linkClass = 'inline-block rounded border border-slate-300 px-3 py-1.5 text-blue-800 hover:bg-blue-50';

/** Previous and next, keeping the query and its filters; ranked matches are capped, and so are pages. */
export async function SearchPagination({ query, total, pageSize }: { query: Query; total: number; pageSize: number }) {
  const t = await getTranslations('Search');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 || query.page > pages) return null;
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 text-sm">
      {query.page > 1 && (
        <Link href={searchHref({ ...query, page: query.page - 1 })} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {t('previous')}
        </Link>
      )}
      <span className="text-slate-700">
        {t('pageOf', { page: query.page, pages })}
      </span>
      {query.page < pages && (
        <Link href={searchHref({ ...query, page: query.page + 1 })} rel="next" className={linkClass}>
          {t('next')}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
