import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { segments } from '@/lib/data/record-types';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import type { RecordTypeName } from '@/lib/validation/records';

/** Title and description of a list page; the canonical address is the list without filters. */
export async function listMetadata(type: RecordTypeName, locale: AppLocale): Promise<Metadata> {
  const tTypes = await getTranslations({ locale, namespace: 'Types' });
  const t = await getTranslations({ locale, namespace: 'Lists' });
  return pageMetadata({ locale, path: `/${segments[type]}`, title: tTypes(`many.${type}`), description: t(`description.${type}`) });
}
