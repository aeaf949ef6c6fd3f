import { getLocale, getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { pickText } from '@/lib/data/texts';
import type { Locale } from '@/lib/generated/prisma/enums';
import { ShownText } from '@/components/text/shown-text';
import { RecordDate } from '@/components/text/record-date';

/**
 * What a researcher needs before reading: the document's title, kind, date and publisher, which
 * language is the original, and that the other column is the knowledge base's own translation.
 */
export async function SourceHeader({ record, columns }: { record: RecordDetail; columns: { original: Locale; translation: Locale } }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Reader');
  const tTypes = await getTranslations('Types');
  const tKinds = await getTranslations('Kinds');
  const kind = record.attributes.kind;
  const publisher = pickText(record.texts, 'publisher', locale);
  const term = 'font-medium text-slate-700';

  return (
    <header className="space-y-4">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-700">{tTypes('one.source')}</p>
      <ShownText value={pickText(record.texts, 'name', locale)} as="h1" className="text-2xl font-semibold break-words sm:text-3xl" />
      <ShownText value={pickText(record.texts, 'description', locale)} as="p" className="max-w-prose text-slate-700 sm:text-lg" />
      <dl className="grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {kind && tKinds.has(kind as never) && (
          <>
            <dt className={term}>{t('kind')}</dt>
            <dd>{tKinds(kind as never)}</dd>
          </>
        )}
        {record.date && (
          <>
            <dt className={term}>{t('date')}</dt>
            <dd>
              <RecordDate date={record.date} precision={record.datePrecision} />
            </dd>
          </>
        )}
        {publisher && (
          <>
            <dt className={term}>{t('publisher')}</dt>
            <dd>
              <ShownText value={publisher} />
            </dd>
          </>
        )}
        {record.attributes.url && (
          <>
            <dt className={term}>{t('webAddress')}</dt>
            <dd className="break-all">
              <a href={record.attributes.url} className="text-blue-800 underline" rel="noopener noreferrer">
                {record.attributes.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="max-w-prose rounded border border-slate-200 bg-slate-50 p-3 text-sm">
        <p className="font-semibold">{t('originalLanguage', { lang: columns.original })}</p>
        <p className="text-slate-700">{t('translationNote', { lang: columns.translation })}</p>
      </div>
    </header>
  );
}
