import { getTranslations } from 'next-intl/server';
import { RecordDate } from '@/components/text/record-date';
import type { RecordDetail } from '@/lib/data/record-shapes';

/** A record's date, or its span when it has an end date, or an honest "not stated". */
export async function RecordDates({ record }: { record: Pick<RecordDetail, 'date' | 'endDate' | 'datePrecision'> }) {
  if (!record.date) {
    const t = await getTranslations('Record');
    return <span className="text-slate-700">{t('dateNotStated')}</span>;
  }
  if (!record.endDate || record.endDate === record.date) return <RecordDate date={record.date} precision={record.datePrecision} />;
  return (
    <>
      <RecordDate date={record.date} precision={record.datePrecision} />
      {' – '}
      <RecordDate date={record.endDate} precision={record.datePrecision} />
    </>
  );
}
