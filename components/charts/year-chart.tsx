import { scaleLinear } from 'd3-scale';
import { getLocale, getTranslations } from 'next-intl/server';
import type { YearCount } from '@/lib/data/timeline';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { RecordTypeName } from '@/lib/validation/records';
import { typeColor } from './type-style';
import { ChartTable } from './chart-table';

/**
 * Records per year as stacked bars, one colour per type, drawn on the server as SVG: no script.
 * Each year is a link (focusable, Enter opens) to the timeline narrowed to that year, named by
 * its aria-label; the same numbers are in a table one click away.
 */
const LEFT = 40;
const TOP = 12;
const PLOT = 170;
const BOTTOM = 28;

export async function YearChart({
  data,
  types,
  selected,
  hrefFor,
}: {
  data: YearCount[];
  types: readonly RecordTypeName[];
  selected?: number;
  /** The timeline's query for one year (the other filters kept). */
  hrefFor: (year: number) => Record<string, string | string[]>;
}) {
  const [t, tLists, tTypes, locale] = await Promise.all([getTranslations('Charts'), getTranslations('Lists'), getTranslations('Types'), getLocale() as Promise<AppLocale>]);
  if (data.length === 0) return null;
  const first = data[0].year;
  const last = data[data.length - 1].year;
  const byYear = new Map(data.map((entry) => [entry.year, entry]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const total = (year: number) => types.reduce((sum, type) => sum + (byYear.get(year)?.counts[type] ?? 0), 0);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...years.map(total))])
    .nice()
    .range([TOP + PLOT, TOP]);
  // Bars fill about 720 units however many years there are, between 18 and 56 units each;
  // a year is written under every bar only when four digits fit.
  const SLOT = Math.max(18, Math.min(56, Math.floor(720 / years.length)));
  const width = LEFT + years.length * SLOT + 8;
  const height = TOP + PLOT + BOTTOM;
  const every = SLOT >= 34 ? 1 : SLOT >= 18 * 1.5 ? 2 : 5;
  const href = (year: number) => getPathname({ href: { pathname: '/timeline', query: hrefFor(year) }, locale });
  const describe = (year: number) =>
    types
      .filter((type) => byYear.get(year)?.counts[type])
      .map((type) => tLists(`count.${type}`, { count: byYear.get(year)!.counts[type]! }))
      .join(', ');

  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={t('legend')}>
        {types.map((type) => (
          <li key={type} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block size-3.5 rounded-sm" style={{ background: typeColor[type] }} />
            {tTypes(`many.${type}`)}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('yearsLabel', { first, last })} style={{ maxWidth: width, minWidth: Math.min(width, 520) }} className="h-auto w-full">
          <g aria-hidden="true" fontSize={11} fill="#334155">
            {y.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1={LEFT} x2={width - 4} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
                <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
            {years.map((year, i) =>
              (year - first) % every === 0 || year === last ? (
                <text key={year} x={LEFT + i * SLOT + SLOT / 2} y={TOP + PLOT + 18} textAnchor="middle" fontWeight={year === selected ? 700 : 400}>
                  {year}
                </text>
              ) : null,
            )}
          </g>
          {years.map((year, i) => {
            if (total(year) === 0) return null;
            let top = TOP + PLOT;
            return (
              <a key={year} href={href(year)} aria-label={t('yearBar', { year, count: total(year), detail: describe(year) })} aria-current={year === selected ? 'true' : undefined} className="group">
                <rect x={LEFT + i * SLOT} y={TOP} width={SLOT} height={PLOT} fill="transparent" className="group-hover:fill-slate-100 group-focus-visible:fill-slate-100" />
                {types.map((type) => {
                  const count = byYear.get(year)?.counts[type] ?? 0;
                  if (count === 0) return null;
                  const h = TOP + PLOT - y(count);
                  top -= h;
                  return <rect key={type} x={LEFT + i * SLOT + SLOT * 0.15} y={top} width={SLOT * 0.7} height={h} fill={typeColor[type]} />;
                })}
                {year === selected && <rect x={LEFT + i * SLOT + 1} y={TOP} width={SLOT - 2} height={PLOT} fill="none" stroke="#0f172a" strokeWidth={1.5} />}
              </a>
            );
          })}
        </svg>
      </div>
      <ChartTable
        caption={t('yearsCaption')}
        columns={[t('year'), ...types.map((type) => tTypes(`many.${type}`)), t('total')]}
        rows={years
          .filter((year) => total(year) > 0)
          .map((year) => ({
            key: String(year),
            head: { text: String(year), href: { pathname: '/timeline', query: hrefFor(year) } },
            cells: [...types.map((type) => byYear.get(year)?.counts[type] ?? 0), total(year)],
          }))}
      />
    </div>
  );
}
