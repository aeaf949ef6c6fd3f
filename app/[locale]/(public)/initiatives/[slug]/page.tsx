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
import { InitiativeTimeline, splitDossier } from '@/components/records/initiative-timeline';
import { RecordSources } from '@/components/records/record-sources';

type Props = PageProps<'/[locale]/initiatives/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('initiative', params);
}

/** An initiative is read as a dossier: what it is, who is behind it, and everything said about it over time. */
export default async function InitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  await connection();
  const record = isSlug(slug) ? await getRecordBySlug('initiative', slug) : null;
  if (!record) notFound();
  const { timeline, others } = splitDossier(record.links, locale);

  return (
    <RecordArticle record={record} locale={locale as AppLocale}>
      <RecordTexts record={record} />
      <LinkGroups record={record} links={others} />
      <InitiativeTimeline items={timeline} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
