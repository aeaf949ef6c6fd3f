import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { timelineQueryObject, type TimelineFilters } from './timeline-query';

/** Previous / next with "page n of m"; links keep the filters. */
export async function TimelinePagination({ filters, pages }: { filters: TimelineFilters; pages: number }) {
  const t = await getTranslations('Timeline');
  if (pages <= 1) return null;
  const link = 'rounded border border-slate-300 px-3 py-1 text-blue-800 hover:border-blue-800';
  const href = (page: number) => ({ pathname: '/timeline' as const, query: timelineQueryObject(filters, page) });
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-4 print:hidden">
      {filters.page > 1 && (
        <Link href={href(Math.min(filters.page - 1, pages))} rel="prev" className={link}>
          {t('previous')}
        </Link>
      )}
      <span className="text-slate-700">{t('pageOf', { page: Math.min(filters.page, pages), pages })}</span>
      {filters.page < pages && (
        <Link href={href(filters.page + 1)} rel="next" className={link}>
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
