import type { Metadata } from 'next';
import { RecordArticle } from '@/components/records/record-article';
import { recordMetadata } from '@/components/records/record-metadata';
import { loadRecordPage } from '@/components/records/load-record-page';
import { RecordTexts } from '@/components/records/record-texts';
import { PositionList } from '@/components/records/position-list';
import { LinkGroups } from '@/components/records/link-groups';
import { RecordSources } from '@/components/records/record-sources';

type Props = PageProps<'/[locale]/people/[slug]'>;

// Rendered on the first visit, then served from the page cache; a save revalidates the record's
// tags, and the hour is only a safety net (decision 008).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('person', params);
}

export default async function PersonPage({ params }: Props) {
  const { record, locale } = await loadRecordPage('person', params);

  return (
    <RecordArticle record={record} locale={locale}>
      <RecordTexts record={record} />
      <PositionList record={record} />
      <LinkGroups record={record} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
