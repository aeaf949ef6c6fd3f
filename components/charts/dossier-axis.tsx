import { scaleUtc } from 'd3-scale';
import { getLocale, getTranslations } from 'next-intl/server';
import type { RecordRef } from '@/lib/data/record-shapes';
import { recordPath } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';
import { formatRecordDate } from '@/lib/format/dates';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { RecordLink } from '@/components/records/record-link';
import { ChartTable } from './chart-table';
import { markerPath, typeColor } from './type-style';

/**
 * An initiative's dossier on a small time axis: the initiative's own date and each dated
 * statement or meeting about it, one marker each (shape and colour by type), stacked where
 * they fall on the same spot. Server-drawn SVG; every marker is a link named by its aria-label,
 * and a table of the same events is one click away.
 */
const WIDTH = 720;
const LEFT = 24;
const RIGHT = 24;
const ROW = 16;
const R = 6;

export async function DossierAxis({ initiative, events }: { initiative: RecordRef; events: RecordRef[] }) {
  const dated = [initiative, ...events].filter((ref) => ref.date);
  if (events.filter((ref) => ref.date).length === 0) return null;
  const [t, tTypes, locale] = await Promise.all([getTranslations('Charts'), getTranslations('Types'), getLocale() as Promise<AppLocale>]);
  const time = (ref: RecordRef) => new Date(`${ref.date}T00:00:00Z`).getTime();
  const times = dated.map(time);
  const [min, max] = [Math.min(...times), Math.max(...times)];
  // A single day still gets an axis: half a year either side.
  const pad = max - min < 86_400_000 * 60 ? 86_400_000 * 182 : (max - min) * 0.06;
  const x = scaleUtc()
    .domain([new Date(min - pad), new Date(max + pad)])
    .range([LEFT, WIDTH - RIGHT]);
  const spanYears = (max - min + 2 * pad) / (86_400_000 * 365);
  const tickFormat = new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', spanYears < 2 ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' });

  // Stack markers that would overlap: each takes the lowest row free at its position.
  const sorted = [...dated].sort((a, b) => time(a) - time(b));
  const rowsEnd: number[] = [];
  const placed = sorted.map((ref) => {
    const px = x(new Date(time(ref)));
    let row = rowsEnd.findIndex((end) => end < px - 2 * R - 2);
    if (row === -1) row = rowsEnd.length;
    rowsEnd[row] = px;
    return { ref, px, row };
  });
  const rows = Math.max(1, rowsEnd.length);
  const axisY = 16 + rows * ROW;
  const height = axisY + 28;
  const name = (ref: RecordRef) => {
    const shown = pickText(ref.names, 'name', locale);
    return { text: shown?.text ?? ref.slug, lang: shown && shown.lang !== locale ? shown.lang : undefined };
  };
  const when = (ref: RecordRef) => formatRecordDate(locale, ref.date!, ref.datePrecision);

  return (
    <section aria-labelledby="dossier-axis" className="space-y-3">
      <h3 id="dossier-axis" className="text-lg font-semibold">
        {t('axisTitle')}
      </h3>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="group"
        aria-label={t('axisLabel', { count: dated.length - (initiative.date ? 1 : 0), first: when(sorted[0]), last: when(sorted[sorted.length - 1]) })}
        style={{ maxWidth: WIDTH }}
        className="h-auto w-full"
      >
        <g aria-hidden="true" fontSize={11} fill="#334155">
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} stroke="#64748b" />
          {x.ticks(spanYears < 2 ? 4 : 6).map((tick) => (
            <g key={tick.getTime()}>
              <line x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 5} stroke="#64748b" />
              <text x={x(tick)} y={axisY + 18} textAnchor="middle">
                {tickFormat.format(tick)}
              </text>
            </g>
          ))}
        </g>
        {placed.map(({ ref, px, row }) => {
          const label = name(ref);
          const self = ref === initiative;
          return (
            <a
              key={`${ref.type}:${ref.slug}`}
              href={getPathname({ href: recordPath(ref.type, ref.slug), locale })}
              aria-label={t('axisPoint', { date: when(ref), type: tTypes(`one.${ref.type}`), name: label.text })}
              className="[&:hover>path]:stroke-slate-900"
            >
              <title>{label.text}</title>
              <circle cx={px} cy={axisY - ROW / 2 - row * ROW - 2} r={10} fill="transparent" />
              <path
                d={markerPath(ref.type, self ? R + 1 : R)}
                transform={`translate(${px} ${axisY - ROW / 2 - row * ROW - 2})`}
                fill={self ? '#fff' : typeColor[ref.type]}
                stroke={self ? typeColor[ref.type] : '#fff'}
                strokeWidth={self ? 2.5 : 1}
              />
            </a>
          );
        })}
      </svg>
      <ChartTable
        caption={t('axisCaption')}
        columns={[t('date'), t('type'), t('record')]}
        rows={sorted.map((ref) => ({
          key: `${ref.type}:${ref.slug}`,
          head: { text: when(ref) },
          cells: [tTypes(`one.${ref.type}`), <RecordLink key="record" record={ref} />],
        }))}
      />
    </section>
  );
}
