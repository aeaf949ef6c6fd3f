import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getFilterOptions } from '@/lib/data/filter-options';
import { countTimelineByYear, listTimeline } from '@/lib/data/timeline';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { mergeChoices } from '@/components/timeline/filter-choices';
import { TimelineFilterForm } from '@/components/timeline/timeline-filters';
import { TimelineList } from '@/components/timeline/timeline-list';
import { TimelinePagination } from '@/components/timeline/timeline-pagination';
import { parseTimelineQuery, TIMELINE_PAGE_SIZE, timelineQueryObject, timelineTypes } from '@/components/timeline/timeline-query';
import { YearChart } from '@/components/charts/year-chart';
import '@/app/print.css';

// Reads the request's search parameters: rendered per request, from cached reads (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/timeline'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Timeline' });
  return pageMetadata({ locale: locale as AppLocale, path: '/timeline', title: t('title'), description: t('description') });
}

export default async function TimelinePage({ params, searchParams }: PageProps<'/[locale]/timeline'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const t = await getTranslations('Timeline');
  const { filters, ignored } = parseTimelineQuery(await searchParams);
  const scope = { types: filters.types, organisation: filters.organisation, initiative: filters.initiative };
  const [page, years, ...options] = await Promise.all([
    listTimeline({ ...filters, pageSize: TIMELINE_PAGE_SIZE }),
    countTimelineByYear(scope),
    getFilterOptions('statement'),
    getFilterOptions('conference'),
    getFilterOptions('initiative'),
  ]);
  const pages = Math.ceil(page.total / TIMELINE_PAGE_SIZE);
  const from = (page.page - 1) * TIMELINE_PAGE_SIZE + 1;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{t('title')}</h1>
        <p className="max-w-prose text-lg text-slate-700">{t('intro')}</p>
      </header>
      {ignored.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('ignored', { params: ignored.join(', ') })}
        </p>
      )}
      <TimelineFilterForm
        filters={filters}
        organisations={mergeChoices(options, 'organisation', locale as AppLocale)}
        initiatives={mergeChoices(options, 'initiative', locale as AppLocale)}
      />
      {years.length > 0 && (
        <section aria-labelledby="timeline-chart" className="space-y-3 print:hidden">
          <h2 id="timeline-chart" className="text-xl font-semibold">
            {t('chartTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('chartIntro')}</p>
          <YearChart
            data={years}
            types={filters.types.length ? filters.types : timelineTypes}
            selected={filters.year}
            hrefFor={(year) => timelineQueryObject({ ...filters, year }, 1)}
          />
        </section>
      )}
      <section aria-labelledby="timeline-results" className="space-y-6">
        <div className="space-y-1">
          <h2 id="timeline-results" className="text-xl font-semibold">
            {t('results')}
          </h2>
          {filters.year !== undefined && (
            <p className="text-slate-700">
              {t('yearOnly', { year: filters.year })}{' '}
              <Link href={{ pathname: '/timeline', query: timelineQueryObject({ ...filters, year: undefined }, 1) }} className="text-blue-800 underline">
                {t('allYears')}
              </Link>
            </p>
          )}
          <p className="text-slate-700">
            {t('total', { total: page.total })}
            {page.items.length > 0 && pages > 1 && (
              <> · {t('showing', { from, to: from + page.items.length - 1, total: page.total })}</>
            )}
          </p>
        </div>
        {page.items.length > 0 ? (
          <TimelineList items={page.items} />
        ) : page.total > 0 ? (
          <p>
            {t('pageOutOfRange', { page: filters.page })}{' '}
            <Link href={{ pathname: '/timeline', query: timelineQueryObject(filters, 1) }} className="text-blue-800 underline">
              {t('firstPage')}
            </Link>
          </p>
        ) : (
          <p>{t('empty')}</p>
        )}
        <TimelinePagination filters={filters} pages={pages} />
      </section>
    </div>
  );
}
