import type { DatePrecision } from '@/lib/generated/prisma/enums';

/** Intl options that show a date only as precisely as the source gives it. */
export function dateFormatOptions(precision: DatePrecision | null): Intl.DateTimeFormatOptions {
  if (precision === 'YEAR') return { year: 'numeric', timeZone: 'UTC' };
  if (precision === 'MONTH') return { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
}

export function formatRecordDate(locale: string, date: string, precision: DatePrecision | null): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', dateFormatOptions(precision)).format(new Date(`${date}T00:00:00Z`));
}
