import type { Metadata } from 'next';
import { RecordArticle } from '@/components/records/record-article';
import { recordMetadata } from '@/components/records/record-metadata';
import { loadRecordPage } from '@/components/records/load-record-page';
import { RecordTexts } from '@/components/records/record-texts';
import { LinkGroups } from '@/components/records/link-groups';
import { InitiativeTimeline, splitDossier } from '@/components/records/initiative-timeline';
import { RecordSources } from '@/components/records/record-sources';

type Props = PageProps<'/[locale]/initiatives/[slug]'>;

// Rendered on the first visit, then served from the page cache; a save revalidates the record's
// tags, and the hour is only a safety net (decision 008).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('initiative', params);
}

/** An initiative is read as a dossier: what it is, who is behind it, and everything said about it over time. */
export default async function InitiativePage({ params }: Props) {
  const { record, locale } = await loadRecordPage('initiative', params);
  const { timeline, others } = splitDossier(record.links, locale);

  return (
    <RecordArticle record={record} locale={locale}>
      <RecordTexts record={record} />
      <LinkGroups record={record} links={others} />
      <InitiativeTimeline items={timeline} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
