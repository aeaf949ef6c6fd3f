import { getLocale, getTranslations } from 'next-intl/server';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { segments } from '@/lib/data/record-types';
import { chicago, gost } from '@/lib/citations/formats';
import { toReference } from '@/lib/citations/reference';
import { siteUrl } from '@/lib/seo/metadata';

/**
 * "Cite": the record as a GOST and a Chicago reference, ready to copy, and citation files for
 * reference managers. A <details> element: works without JavaScript and by keyboard.
 */
export async function CitePanel({ record }: { record: RecordDetail }) {
  const t = await getTranslations('Cite');
  const locale = (await getLocale()) as 'en' | 'ru';
  const reference = toReference(record, locale, siteUrl());
  const file = (format: string) => `/api/v1/${segments[record.type]}/${record.slug}/cite?format=${format}&locale=${locale}`;
  return (
    <details className="rounded border border-slate-300 p-3 print:hidden">
      <summary className="cursor-pointer font-semibold">{t('title')}</summary>
      <dl className="mt-3 space-y-3 text-sm">
        <div>
          <dt className="font-semibold">{t('permalink')}</dt>
          <dd className="break-all"><a className="text-blue-800 underline" href={reference.url}>{reference.url}</a></dd>
        </div>
        <div>
          <dt className="font-semibold">{t('gost')}</dt>
          <dd className="break-words select-all">{gost(reference)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('chicago')}</dt>
          <dd className="break-words select-all">{chicago(reference)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('download')}</dt>
          <dd className="flex flex-wrap gap-3">
            {(['bibtex', 'ris', 'csl'] as const).map((format) => (
              <a key={format} href={file(format)} download className="text-blue-800 underline">{t(format)}</a>
            ))}
          </dd>
        </div>
      </dl>
    </details>
  );
}
