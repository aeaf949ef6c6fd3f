import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { listMetadata } from '@/components/lists/list-metadata';
import { RecordListPage } from '@/components/lists/record-list-page';

// Reads the request's search parameters: rendered per request, from cached reads (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/statements'>) {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? listMetadata('statement', locale) : {};
}

export default async function StatementsPage({ params, searchParams }: PageProps<'/[locale]/statements'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <RecordListPage type="statement" locale={locale} searchParams={await searchParams} />;
}
