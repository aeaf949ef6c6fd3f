import { getTranslations } from 'next-intl/server';
import type { RecordCounts } from '@/lib/data/records';

const order = ['STATEMENT', 'CONFERENCE', 'ORGANISATION', 'INITIATIVE', 'PERSON', 'SOURCE', 'COUNTRY'] as const;

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
            <li key={type} className="rounded border border-slate-200 p-3">
              {t(`count.${type}`, { count: counts[type] })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
