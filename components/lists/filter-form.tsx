import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { FILTER_CHOICES_LIMIT } from '@/lib/data/filter-options';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { DEFAULT_PAGE_SIZE, filtersByType, sorts, type ListQuery, type Sort } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import type { FilterField } from './filter-fields';
import { FilterFormEnhancer } from './filter-form-enhancer';
import { clearHref, listPathname, type ListParams } from './list-url';

const selectClass =
  'mt-1 block w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-blue-800';

function Select({ id, name, label, value, hint, children }: { id: string; name: string; label: string; value?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={selectClass} aria-describedby={hint ? `${id}-hint` : undefined}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The list's filters and order as a GET form: every choice ends up in the address. */
export async function FilterForm({
  type,
  locale,
  fields,
  query,
  params,
  defaultSort,
}: {
  type: RecordTypeName;
  locale: AppLocale;
  fields: FilterField[];
  query: ListQuery;
  params: ListParams;
  defaultSort: Sort;
}) {
  const t = await getTranslations('Lists');
  const pathname = listPathname(type);
  // A filter with nothing to choose (no linked records) only clutters the form.
  const shown = fields.filter((field) => field.choices.length > 0);
  const hasFilters = fields.some((field) => field.value !== undefined);
  // Types without a year filter have no dates to order by: alphabetical is the only order.
  const orders = (filtersByType[type] as readonly string[]).includes('year') ? sorts : [];

  return (
    <FilterFormEnhancer
      action={getPathname({ href: pathname, locale })}
      pathname={pathname}
      defaultSort={defaultSort}
      labelledBy="list-filters"
    >
      <h2 id="list-filters" className="mb-3 text-base font-semibold text-slate-900">{t('filtersHeading')}</h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {shown.map((field) => (
          <Select
            key={field.name}
            id={`filter-${field.name}`}
            name={field.name}
            label={field.label}
            value={field.value}
            hint={field.capped ? t('filter.mostLinked', { count: FILTER_CHOICES_LIMIT }) : undefined}
          >
            <option value="">{t('all')}</option>
            {field.choices.map((choice) => (
              <option key={choice.value} value={choice.value} lang={choice.lang}>
                {choice.label}
              </option>
            ))}
          </Select>
        ))}
        {orders.length > 0 && (
          <Select id="filter-sort" name="sort" label={t('filter.sort')} value={query.sort ?? defaultSort}>
            {orders.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </Select>
        )}
      </div>
      {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          {t('apply')}
        </button>
        {hasFilters && (
          <Link href={clearHref(type, params)} className="text-sm text-blue-800 underline underline-offset-2 hover:decoration-2">
            {t('clear')}
          </Link>
        )}
      </div>
    </FilterFormEnhancer>
  );
}
