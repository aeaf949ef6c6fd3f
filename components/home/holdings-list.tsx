import { getTranslations } from 'next-intl/server';
import type { RecordCounts } from '@/lib/data/records';
import { fromDbType, segments } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';

const order = ['STATEMENT', 'CONFERENCE', 'ORGANISATION', 'INITIATIVE', 'PERSON', 'SOURCE', 'COUNTRY'] as const;

/** What the knowledge base holds, per type, each count an entry point to its list page. */
export async function HoldingsList({ counts }: { counts: RecordCounts }) {
  const t = await getTranslations('Home');
  const total = order.reduce((sum, type) => sum + counts[type], 0);
  return (
    <section aria-labelledby="holdings" className="space-y-3">
      <h2 id="holdings" className="text-xl font-semibold">
        {t('holdings')}
      </h2>
      {total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {order.map((type) => (
            <li key={type} className="rounded border border-slate-200">
              <Link
                href={`/${segments[fromDbType(type)]}`}
                className="block p-3 font-medium text-blue-800 underline decoration-1 underline-offset-2 hover:bg-slate-50 hover:decoration-2"
              >
                {t(`count.${type}`, { count: counts[type] })}
              </Link>
            </li>
          ))}
          <li className="rounded border border-slate-200">
            <Link href="/timeline" className="block p-3 font-medium text-blue-800 underline decoration-1 underline-offset-2 hover:bg-slate-50 hover:decoration-2">
              {t('timelineLink')}
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}
