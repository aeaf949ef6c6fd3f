import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { decodeListQuery, listTypeFromSegment } from '@/components/lists/cached-list-path';
import { listMetadata } from '@/components/lists/list-metadata';
import { RecordListPage } from '@/components/lists/record-list-page';

// A list page whose query the proxy moved into the path (components/lists/cached-list-path.ts):
// rendered on the first visit, then served from the page cache until a save revalidates it
// (decision 013). Readers never see this address; the proxy answers 404 to it.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/lists/[segment]/[query]'>;

async function resolve(params: Props['params']) {
  const { locale, segment, query } = await params;
  const type = listTypeFromSegment(segment);
  const search = decodeListQuery(query);
  if (!hasLocale(routing.locales, locale) || !type || !search) return null;
  return { locale, type, search };
}

export async function generateMetadata({ params }: Props) {
  const list = await resolve(params);
  return list ? listMetadata(list.type, list.locale) : {};
}

export default async function CachedListPage({ params }: Props) {
  const list = await resolve(params);
  if (!list) notFound();
  setRequestLocale(list.locale);
  return <RecordListPage type={list.type} locale={list.locale} searchParams={Object.fromEntries(list.search)} />;
}
