import type { Metadata } from 'next';
import { loadRecordPage } from '@/components/records/load-record-page';
import { recordMetadata } from '@/components/records/record-metadata';
import { RecordView } from '@/components/records/record-view';
import { FollowRecordLink } from '@/components/alerts/follow-links';

type Props = PageProps<'/[locale]/initiatives/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('initiative', params);
}

export default async function InitiativePage({ params }: Props) {
  const { record, locale } = await loadRecordPage('initiative', params);
  return <RecordView record={record} locale={locale} actions={<FollowRecordLink record={{ ...record, type: 'initiative' }} />} />;
}
