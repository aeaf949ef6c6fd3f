import type { Metadata } from 'next';
import { RecordArticle } from '@/components/records/record-article';
import { recordMetadata } from '@/components/records/record-metadata';
import { loadRecordPage } from '@/components/records/load-record-page';
import { RecordTexts } from '@/components/records/record-texts';
import { PositionList } from '@/components/records/position-list';
import { LinkGroups } from '@/components/records/link-groups';
import { RecordSources } from '@/components/records/record-sources';
import { LocalNetwork } from '@/components/network/local-network';

type Props = PageProps<'/[locale]/organisations/[slug]'>;

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('organisation', params);
}

export default async function OrganisationPage({ params }: Props) {
  const { record, locale } = await loadRecordPage('organisation', params);

  return (
    <RecordArticle record={record} locale={locale}>
      <RecordTexts record={record} />
      <PositionList record={record} />
      <LinkGroups record={record} />
      <LocalNetwork record={record} />
      <RecordSources record={record} />
    </RecordArticle>
  );
}
