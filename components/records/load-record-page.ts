import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { getRecordBySlug } from '@/lib/data/records';
import type { AppLocale } from '@/lib/i18n/routing';
import type { RecordTypeName } from '@/lib/validation/records';
import { isSlug } from './record-metadata';

/**
 * What every record page does first: fix the locale, render per request (the build has no
 * database), read the record, and answer the localized 404 when there is none.
 */
export async function loadRecordPage(type: RecordTypeName, params: Promise<{ locale: string; slug: string }>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  await connection();
  const record = isSlug(slug) ? await getRecordBySlug(type, slug) : null;
  if (!record) notFound();
  return { record, locale: locale as AppLocale };
}
