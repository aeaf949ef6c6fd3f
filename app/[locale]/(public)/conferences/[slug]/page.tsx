import type { Metadata } from 'next';
import { loadRecordPage } from '@/components/records/load-record-page';
import { recordMetadata } from '@/components/records/record-metadata';
import { RecordView } from '@/components/records/record-view';

type Props = PageProps<'/[locale]/conferences/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('conference', params);
}

export default async function ConferencePage({ params }: Props) {
  const { record, locale } = await loadRecordPage('conference', params);
  return <RecordView record={record} locale={locale} />;
}
