import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setRequestLocale } from 'next-intl/server';
import { getRecordBySlug } from '@/lib/data/records';
import type { AppLocale } from '@/lib/i18n/routing';
import { RecordArticle } from '@/components/records/record-article';
import { isSlug, recordMetadata } from '@/components/records/record-metadata';
import { RecordTexts } from '@/components/records/record-texts';
import { LinkGroups } from '@/components/records/link-groups';
import { RecordSources } from '@/components/records/record-sources';

type Props = PageProps<'/[locale]/countries/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('country', params);
}

export default async function CountryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  await connection();
  const record = isSlug(slug) ? await getRecordBySlug('country', slug) : null;
  if (!record) notFound();

  return (
    <RecordArticle record={record} locale={locale as AppLocale}>
      <RecordTexts record={record} />
      <LinkGroups record={record} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
