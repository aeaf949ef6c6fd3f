import type { Metadata } from 'next';
import { RecordArticle } from '@/components/records/record-article';
import { recordMetadata } from '@/components/records/record-metadata';
import { loadRecordPage } from '@/components/records/load-record-page';
import { StatementQuote } from '@/components/records/statement-quote';
import { SpeakerNote } from '@/components/records/speaker-note';
import { RecordTexts } from '@/components/records/record-texts';
import { LinkGroups } from '@/components/records/link-groups';
import { RecordSources } from '@/components/records/record-sources';

type Props = PageProps<'/[locale]/statements/[slug]'>;

// Rendered on the first visit, then served from the page cache; a save revalidates the record's
// tags, and the hour is only a safety net (decision 008).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('statement', params);
}

export default async function StatementPage({ params }: Props) {
  const { record, locale } = await loadRecordPage('statement', params);

  return (
    <RecordArticle record={record} locale={locale}>
      <StatementQuote record={record} />
      <SpeakerNote record={record} />
      <RecordTexts record={record} />
      <LinkGroups record={record} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
