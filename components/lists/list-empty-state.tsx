import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RecordTypeName } from '@/lib/validation/records';
import { ActiveFilterChips } from './active-filter-chips';
import type { FilterField } from './filter-fields';
import { clearHref, listHref, type ListParams } from './list-url';

const linkClass = 'font-medium text-blue-800 underline underline-offset-2 hover:decoration-2';

/**
 * Why a list shows nothing, and the way out: past the last page (back to page 1), filters that
 * exclude everything (clear them, or drop one), or nothing published yet.
 */
export async function ListEmptyState({
  type,
  total,
  page,
  pageSize,
  fields,
  params,
}: {
  type: RecordTypeName;
  total: number;
  page: number;
  pageSize: number;
  fields: FilterField[];
  params: ListParams;
}) {
  const t = await getTranslations('Lists');
  const filtered = fields.some((field) => field.value !== undefined);
  let body;
  if (total > 0) {
    body = (
      <>
        <p>{t('beyondLast', { page, last: Math.ceil(total / pageSize) })}</p>
        <p>
          <Link href={listHref(type, params, { page: undefined })} className={linkClass}>
            {t('firstPage')}
          </Link>
        </p>
      </>
    );
  } else if (filtered) {
    body = (
      <>
        <p className="font-medium">{t(`noMatch.${type}`)}</p>
        <p>{t('emptyHint')}</p>
        <p>
          <Link href={clearHref(type, params)} className={linkClass}>
            {t('clear')}
          </Link>
        </p>
        <ActiveFilterChips type={type} fields={fields} params={params} />
      </>
    );
  } else {
    body = <p>{t('noneYet')}</p>;
  }
  return <div className="space-y-3 rounded border border-slate-200 p-6 text-slate-800">{body}</div>;
}
