import { getTranslations } from 'next-intl/server';
import { segments } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';
import type { ListParams } from './list-url';

/** The whole list with its current filters as CSV or JSON (the export ignores page and sort). */
export async function DownloadLinks({ type, params }: { type: RecordTypeName; params: ListParams }) {
  const t = await getTranslations('Lists');
  const href = (format: 'csv' | 'json') => `/api/v1/export/${segments[type]}?${new URLSearchParams({ ...params, format }).toString()}`;
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <span className="font-semibold">{t('download')}:</span>
      <a href={href('csv')} download className="inline-flex min-h-6 items-center text-blue-800 underline">{t('downloadCsv')}</a>
      <a href={href('json')} download className="inline-flex min-h-6 items-center text-blue-800 underline">{t('downloadJson')}</a>
    </p>
  );
}
