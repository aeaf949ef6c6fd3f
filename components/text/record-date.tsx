import { getLocale } from 'next-intl/server';
import type { DatePrecision } from '@/lib/generated/prisma/enums';
import { formatRecordDate } from '@/lib/format/dates';

/** A record's date in the reader's locale, as precise as the source: "2016", "October 2016", "8 November 2018". */
export async function RecordDate({ date, precision }: { date: string | null; precision: DatePrecision | null }) {
  if (!date) return null;
  const locale = await getLocale();
  return <time dateTime={date}>{formatRecordDate(locale, date, precision)}</time>;
}
