import { getTranslations } from 'next-intl/server';
import type { RecordSummary } from '@/lib/data/record-shapes';
import { RecordLink } from '@/components/records/record-link';
import { RecordDate } from '@/components/text/record-date';

/** Dated records grouped under their year, in the order the axis gives them (oldest first). */
export async function TimelineList({ items }: { items: RecordSummary[] }) {
  const t = await getTranslations('Timeline');
  const tTypes = await getTranslations('Types');
  const years: { year: string; items: RecordSummary[] }[] = [];
  for (const item of items) {
    const year = item.date?.slice(0, 4) ?? '';
    const last = years.at(-1);
    if (last && last.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }

  return (
    <div className="space-y-8">
      {years.map((group) => (
        <section key={group.year} aria-labelledby={`year-${group.year}`} className="space-y-3">
          <h3 id={`year-${group.year}`} className="flex items-baseline gap-3 border-b-2 border-slate-300 pb-1 text-2xl font-semibold">
            {t('year', { year: group.year })}
            <span className="text-sm font-normal text-slate-700">{t('yearCount', { count: group.items.length })}</span>
          </h3>
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
            {group.items.map((item) => (
              <li key={`${item.type}:${item.slug}`} className="relative">
                <span aria-hidden="true" className="absolute top-2 -left-[1.3rem] size-2 rounded-full bg-blue-800" />
                <p className="text-sm text-slate-700">
                  <RecordDate date={item.date} precision={item.datePrecision} />
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  <span className="font-medium">{tTypes(`one.${item.type}`)}</span>
                </p>
                <RecordLink record={item} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
