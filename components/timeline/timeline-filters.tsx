import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { Choice } from './filter-choices';
import { timelineTypes, type TimelineFilters } from './timeline-query';

/**
 * A plain GET form: the filters live in the URL (shareable) and it works without JavaScript.
 * No type ticked means every type, so all boxes show ticked then.
 */
export async function TimelineFilterForm({
  filters,
  organisations,
  initiatives,
}: {
  filters: TimelineFilters;
  organisations: Choice[];
  initiatives: Choice[];
}) {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations('Timeline');
  const tTypes = await getTranslations('Types');
  const field = 'w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900';
  const ensure = (choices: Choice[], selected?: string) =>
    selected && !choices.some((choice) => choice.value === selected) ? [...choices, { value: selected, label: selected }] : choices;

  return (
    <form method="get" action={getPathname({ href: '/timeline', locale })} aria-labelledby="timeline-filters" className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4 print:hidden">
      <h2 id="timeline-filters" className="text-lg font-semibold">
        {t('filters')}
      </h2>
      {/* A year picked on the chart stays while the other filters change. */}
      {filters.year !== undefined && <input type="hidden" name="year" value={filters.year} />}
      <fieldset>
        <legend className="mb-1 font-medium">{t('types')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {timelineTypes.map((type) => (
            <label key={type} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name="type"
                value={type}
                defaultChecked={filters.types.length === 0 || filters.types.includes(type)}
                className="size-4 accent-blue-800"
              />
              {tTypes(`many.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {(
          [
            ['organisation', ensure(organisations, filters.organisation)],
            ['initiative', ensure(initiatives, filters.initiative)],
          ] as const
        ).map(([name, choices]) => (
          <div key={name} className="min-w-0">
            <label htmlFor={`timeline-${name}`} className="mb-1 block font-medium">
              {t(name)}
            </label>
            <select id={`timeline-${name}`} name={name} defaultValue={filters[name] ?? ''} className={field}>
              <option value="">{t('any')}</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value} lang={choice.lang}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t('apply')}
        </button>
        <Link href="/timeline" className="text-blue-800 underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
