import { getTranslations } from 'next-intl/server';
import type { CitingRecord } from '@/lib/data/source-citations';
import type { RecordTypeName } from '@/lib/validation/records';
import { RecordLink } from '@/components/records/record-link';

const typeOrder: RecordTypeName[] = ['statement', 'conference', 'initiative', 'organisation', 'person', 'country'];

/** The records this document is evidence for, by type, each with the paragraphs it cites (links within the page). */
export async function CitingRecords({ records }: { records: CitingRecord[] }) {
  const t = await getTranslations('Reader');
  const tTypes = await getTranslations('Types');
  const groups = typeOrder
    .map((type) => ({ type, items: records.filter((item) => item.record.type === type) }))
    .filter((group) => group.items.length > 0);

  return (
    <section aria-labelledby="cited-by" className="space-y-4">
      <h2 id="cited-by" className="text-xl font-semibold">
        {t('citedBy')}
      </h2>
      {groups.length === 0 ? (
        <p className="text-slate-700">{t('citedByNone')}</p>
      ) : (
        <>
          <p className="text-slate-700">{t('citedByIntro')}</p>
          <div className="grid gap-6 md:grid-cols-2">
            {groups.map((group) => (
              <section key={group.type} aria-labelledby={`cited-by-${group.type}`}>
                <h3 id={`cited-by-${group.type}`} className="mb-2 font-semibold">
                  {tTypes(`many.${group.type}`)} ({group.items.length})
                </h3>
                <ul className="space-y-2">
                  {group.items.map(({ record, paragraphs }) => (
                    <li key={record.slug}>
                      <RecordLink record={record} />
                      <span className="block text-sm text-slate-700">
                        {t('cites')}{' '}
                        {paragraphs.map((paragraph, index) => (
                          <span key={paragraph.anchor}>
                            {index > 0 && ', '}
                            <a href={`#${paragraph.anchor}`} className="inline-flex min-h-6 min-w-6 items-center text-blue-800 underline">
                              {t('paragraph', { number: paragraph.number })}
                            </a>
                          </span>
                        ))}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
