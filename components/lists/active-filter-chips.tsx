import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RecordTypeName } from '@/lib/validation/records';
import { currentChoice, type FilterField } from './filter-fields';
import { listHref, type ListParams } from './list-url';

/** The filters in force, each a link that drops it (and the page, which may no longer exist). */
export async function ActiveFilterChips({
  type,
  fields,
  params,
  label,
}: {
  type: RecordTypeName;
  fields: FilterField[];
  params: ListParams;
  /** What the list of chips is called; the empty state asks for it differently. */
  label?: string;
}) {
  const t = await getTranslations('Lists');
  const active = fields.filter((field) => field.value !== undefined);
  if (active.length === 0) return null;
  return (
    <ul aria-label={label ?? t('activeFilters')} className="flex flex-wrap gap-2">
      {active.map((field) => {
        const choice = currentChoice(field);
        const value = choice?.label ?? field.value ?? '';
        return (
          <li key={field.name}>
            <Link
              href={listHref(type, params, { [field.name]: undefined, page: undefined })}
              aria-label={t('removeFilter', { name: field.label, value })}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-blue-800 bg-white px-3 py-1 text-sm text-blue-900 hover:bg-blue-50"
            >
              <span className="truncate">
                {field.label}: <span lang={choice?.lang}>{value}</span>
              </span>
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
