import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getRecordBySlug } from '@/lib/data/records';
import type { AppLocale } from '@/lib/i18n/routing';
import type { RecordTypeName } from '@/lib/validation/records';
import { isSlug } from './record-metadata';

/**
 * What every record page does first: fix the locale, read the record, and answer the localized
 * 404 when there is none. The page is rendered on its first visit and cached (decision 013).
 */
export async function loadRecordPage(type: RecordTypeName, params: Promise<{ locale: string; slug: string }>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const record = isSlug(slug) ? await getRecordBySlug(type, slug) : null;
  if (!record) notFound();
  return { record, locale: locale as AppLocale };
}
