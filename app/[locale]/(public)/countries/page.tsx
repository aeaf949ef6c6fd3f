import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { listMetadata } from '@/components/lists/list-metadata';
import { RecordListPage } from '@/components/lists/record-list-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/countries'>) {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? listMetadata('country', locale) : {};
}

export default async function CountriesPage({ params, searchParams }: PageProps<'/[locale]/countries'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  return <RecordListPage type="country" locale={locale} searchParams={await searchParams} />;
}
