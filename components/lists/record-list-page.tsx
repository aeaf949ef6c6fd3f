import { getTranslations } from 'next-intl/server';
import { getFilterOptions } from '@/lib/data/filter-options';
import { defaultSort, listRecords } from '@/lib/data/record-list';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseListQueryLeniently, searchParamsToObject } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { ActiveFilterChips } from './active-filter-chips';
import { filterFields } from './filter-fields';
import { FilterForm } from './filter-form';
import { IgnoredParamsNotice } from './ignored-params-notice';
import { ListEmptyState } from './list-empty-state';
import { ListPagination } from './list-pagination';
import { RecordListItem } from './record-list-item';
import { toParams } from './list-url';
import { DownloadLinks } from './download-links';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * One list page for every record type: heading and count, the filters (a GET form, so the
 * address holds them), the page of records, and pagination that keeps the filters.
 */
export async function RecordListPage({ type, locale, searchParams }: { type: RecordTypeName; locale: AppLocale; searchParams: RawSearchParams }) {
  const { query, ignored } = parseListQueryLeniently(type, searchParamsToObject(searchParams));
  const [list, options, t, tTypes] = await Promise.all([
    listRecords(type, query, locale),
    getFilterOptions(type),
    getTranslations('Lists'),
    getTranslations('Types'),
  ]);
  const sort = defaultSort(type);
  const params = toParams(type, query, sort);
  const fields = await filterFields(type, query, options, locale);
  // Remount the form whenever the address changes, so its choices follow Back and chip removal.
  const formKey = new URLSearchParams(params).toString();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-semibold">{tTypes(`many.${type}`)}</h1>
        <p className="text-lg text-slate-700">{t(`count.${type}`, { count: list.total })}</p>
        {list.total > 0 && <DownloadLinks type={type} params={params} />}
      </header>
      <IgnoredParamsNotice ignored={ignored} />
      <FilterForm key={formKey} type={type} locale={locale} fields={fields} query={query} params={params} defaultSort={sort} />
      {/* With nothing matching, the empty state offers these chips itself, beside its explanation. */}
      {list.total > 0 && <ActiveFilterChips type={type} fields={fields} params={params} />}
      <section aria-labelledby="list-results" className="space-y-4">
        <h2 id="list-results" className="sr-only">
          {t('results')}
        </h2>
        {list.items.length === 0 ? (
          <ListEmptyState type={type} total={list.total} page={query.page} pageSize={query.pageSize} fields={fields} params={params} />
        ) : (
          <>
            <ul>
              {list.items.map((record) => (
                <RecordListItem key={record.slug} record={record} locale={locale} />
              ))}
            </ul>
            <ListPagination type={type} params={params} page={query.page} pageSize={query.pageSize} total={list.total} />
          </>
        )}
      </section>
    </div>
  );
}
