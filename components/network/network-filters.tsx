import { getLocale, getTranslations } from 'next-intl/server';
import type { NetworkChoices } from '@/lib/data/network';
import { pickText } from '@/lib/data/texts';
import { getPathname, Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { networkTypes } from '@/lib/network/types';
import { networkLimits, type NetworkQuery } from '@/lib/validation/network-query';

/**
 * The network's filters as a plain GET form: they live in the address (shareable) and work
 * without JavaScript. No type ticked means every type, so all boxes show ticked then.
 */
export async function NetworkFilters({ query, choices }: { query: NetworkQuery; choices: NetworkChoices }) {
  const locale = (await getLocale()) as AppLocale;
  const [t, tTypes] = await Promise.all([getTranslations('Network'), getTranslations('Types')]);
  const field = 'mt-1 block w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900';
  const initiatives = choices.initiatives
    .map((item) => {
      const name = pickText(item.names, 'name', locale);
      return { value: item.slug, label: name?.text ?? item.slug, lang: name && name.lang !== locale ? name.lang : undefined };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  if (query.initiative && !initiatives.some((item) => item.value === query.initiative)) {
    initiatives.push({ value: query.initiative, label: query.initiative, lang: undefined });
  }
  // The span of dated events, widened to a year the address asks for outside it.
  const asked = [query.from, query.to].filter((year) => year !== undefined);
  const bounds = [...(choices.years ? [choices.years.min, choices.years.max] : []), ...asked];
  const first = Math.min(...bounds);
  const years = bounds.length ? Array.from({ length: Math.max(...bounds) - first + 1 }, (_, i) => first + i) : [];

  return (
    <form method="get" action={getPathname({ href: '/network', locale })} aria-labelledby="network-filters" className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="network-filters" className="text-lg font-semibold">
        {t('filters')}
      </h2>
      {/* Filtering keeps the view (drawing or table) the reader chose. */}
      {query.view && <input type="hidden" name="view" value={query.view} />}
      <fieldset>
        <legend className="mb-1 font-medium">{t('types')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {networkTypes.map((type) => (
            <label key={type} className="inline-flex min-h-6 items-center gap-2">
              <input type="checkbox" name="type" value={type} defaultChecked={query.types.length === 0 || query.types.includes(type)} className="size-4 accent-blue-800" />
              {tTypes(`many.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="min-w-0 sm:col-span-2">
          <label htmlFor="network-initiative" className="font-medium">
            {t('initiative')}
          </label>
          <select id="network-initiative" name="initiative" defaultValue={query.initiative ?? ''} className={field}>
            <option value="">{t('anyInitiative')}</option>
            {initiatives.map((item) => (
              <option key={item.value} value={item.value} lang={item.lang}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((name) => (
          <div key={name} className="min-w-0">
            <label htmlFor={`network-${name}`} className="font-medium">
              {t(name)}
            </label>
            <select id={`network-${name}`} name={name} defaultValue={query[name] ?? ''} className={field}>
              <option value="">{t('anyYear')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="min-w-0">
          <label htmlFor="network-limit" className="font-medium">
            {t('limit')}
          </label>
          <select id="network-limit" name="limit" defaultValue={query.limit} className={field}>
            {networkLimits.map((limit) => (
              <option key={limit} value={limit}>
                {t('limitOption', { count: limit })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t('apply')}
        </button>
        <Link href="/network" className="text-blue-800 underline">
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
