import type { Metadata } from 'next';
import { loadRecordPage } from '@/components/records/load-record-page';
import { recordMetadata } from '@/components/records/record-metadata';
import { RecordView } from '@/components/records/record-view';

type Props = PageProps<'/[locale]/countries/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('country', params);
}

export default async function CountryPage({ params }: Props) {
  const { record, locale } = await loadRecordPage('country', params);
  return <RecordView record={record} locale={locale} />;
}
