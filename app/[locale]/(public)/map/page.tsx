import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCountryCounts } from '@/lib/data/country-counts';
import { recordPath, segments } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { parseMapQuery } from '@/lib/validation/map-query';
import { classify, shadeOf } from '@/components/map/map-classes';
import { MapFilter } from '@/components/map/map-filter';
import { MapLegend } from '@/components/map/map-legend';
import { MapTable } from '@/components/map/map-table';
import { MapTooltip, type TooltipContent } from '@/components/map/map-tooltip';
import { undrawn, WorldMap, type MapEntry } from '@/components/map/world-map';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/map'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Map' });
  return pageMetadata({ locale: locale as AppLocale, path: '/map', title: t('title'), description: t('description') });
}

export default async function MapPage({ params, searchParams }: PageProps<'/[locale]/map'>) {
  const { locale: raw } = await params;
  const locale = raw as AppLocale;
  setRequestLocale(locale);
  await connection();
  const [t, tLists] = await Promise.all([getTranslations('Map'), getTranslations('Lists')]);
  const { type, ignored } = parseMapQuery(await searchParams);
  const countries = await getCountryCounts();
  const valueOf = (country: (typeof countries)[number]) => (type ? country.counts[type] : country.total);
  const classes = classify(countries.map(valueOf));

  const rows = countries
    .map((country) => {
      const name = pickText(country.names, 'name', locale);
      return { ...country, name: name?.text ?? country.slug, lang: name && name.lang !== locale ? name.lang : undefined };
    })
    .sort((a, b) => valueOf(b) - valueOf(a) || a.name.localeCompare(b.name, locale));
  const entries: MapEntry[] = rows.map((row) => {
    const value = valueOf(row);
    return {
      slug: row.slug,
      iso2: row.iso2,
      name: row.name,
      lang: row.lang,
      value,
      fill: shadeOf(classes.classOf(value), classes.bins.length),
      // One type counted: its list, narrowed to the country. All types: the country's page, which lists them all.
      href: getPathname({ href: type ? { pathname: `/${segments[type]}`, query: { country: row.slug } } : recordPath('country', row.slug), locale }),
      label: t('countryLabel', { name: row.name, count: value }),
    };
  });
  const tooltips: Record<string, TooltipContent> = Object.fromEntries(
    rows.map((row) => [
      row.slug,
      {
        name: row.name,
        lang: row.lang,
        lines: [
          t('totalLine', { count: row.total }),
          ...(['statement', 'conference', 'organisation', 'initiative'] as const).filter((key) => row.counts[key] > 0).map((key) => tLists(`count.${key}`, { count: row.counts[key] })),
        ],
      },
    ]),
  );
  const missing = undrawn(entries);
  const shown = entries.filter((entry) => entry.value > 0).length;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{t('title')}</h1>
        <p className="max-w-prose text-lg text-slate-700">{t('intro')}</p>
      </header>
      {ignored.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('ignored', { params: ignored.join(', ') })}
        </p>
      )}
      <MapFilter type={type} />
      <section aria-labelledby="map-results" className="space-y-4">
        <div className="space-y-1">
          <h2 id="map-results" className="text-xl font-semibold">
            {type ? t('headingType', { type }) : t('headingAll')}
          </h2>
          <p className="text-slate-700">{t('summary', { count: shown })}</p>
          <p className="text-sm text-slate-700">{type ? t('hintType') : t('hintAll')}</p>
        </div>
        <MapLegend classes={classes} />
        <MapTooltip countries={tooltips}>
          <WorldMap entries={entries} label={t('graphLabel', { count: shown })} />
        </MapTooltip>
        {missing.length > 0 && (
          <p className="text-sm text-slate-700">
            {t('notDrawn')}{' '}
            {missing.map((entry, index) => (
              <span key={entry.slug}>
                {index > 0 && ', '}
                <a href={entry.href} lang={entry.lang} className="text-blue-800 underline">
                  {entry.label}
                </a>
              </span>
            ))}
          </p>
        )}
        <MapTable rows={rows} />
        <p className="text-xs text-slate-600">{t('attribution')}</p>
      </section>
    </div>
  );
}
