import { getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { CitationBlock } from './citation-list';

/** The paragraphs the record itself rests on (its links and positions cite their own). */
export async function RecordSources({ record }: { record: RecordDetail }) {
  const t = await getTranslations('Record');
  return (
    <section aria-labelledby="sources" className="space-y-2">
      <h2 id="sources" className="text-xl font-semibold">
        {t('sources')}
      </h2>
      {record.citations.length > 0 ? (
        <>
          <p className="text-sm text-slate-700">{t('sourcesIntro')}</p>
          <CitationBlock citations={record.citations} />
        </>
      ) : (
        <p className="text-slate-700">{t('noSources')}</p>
      )}
    </section>
  );
}
