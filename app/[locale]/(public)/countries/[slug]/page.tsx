import type { Metadata } from 'next';
import { loadRecordPage } from '@/components/records/load-record-page';
import { recordMetadata } from '@/components/records/record-metadata';
import { RecordView } from '@/components/records/record-view';

type Props = PageProps<'/[locale]/countries/[slug]'>;

// Rendered on the first visit, then served from the page cache; a save revalidates the record's
// tags, and the hour is only a safety net (decision 013).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('country', params);
}

export default async function CountryPage({ params }: Props) {
  const { record, locale } = await loadRecordPage('country', params);
  return <RecordView record={record} locale={locale} />;
}
