import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getSourceBySlug } from '@/lib/data/sources';
import { listRecordsCitingSource } from '@/lib/data/source-citations';
import { pickText } from '@/lib/data/texts';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata, siteUrl } from '@/lib/seo/metadata';
import { CitingRecords } from '@/components/sources/citing-records';
import { CitePanel } from '@/components/citations/cite-panel';
import { parseReadingView, sourceColumns } from '@/components/sources/reading-view';
import { SourceHeader } from '@/components/sources/source-header';
import { SourceText } from '@/components/sources/source-text';
import { ViewToggle } from '@/components/sources/view-toggle';
import '@/app/print.css';

// Reads `?view=`: rendered per request, from cached reads (decision 013).
export const dynamic = 'force-dynamic';

/** Highwire Press tags (Google Scholar, Zotero) date a work as YYYY, YYYY/MM or YYYY/MM/DD. */
function citationDate(date: string | null, precision: string | null): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-');
  if (precision === 'YEAR') return year;
  if (precision === 'MONTH') return `${year}/${month}`;
  return `${year}/${month}/${day}`;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const source = await getSourceBySlug(slug);
  if (!source) return {};
  const { record } = source;
  const appLocale = locale as AppLocale;
  const title = pickText(record.texts, 'name', appLocale)?.text ?? slug;
  const originalTitle = pickText(record.texts, 'name', record.originalLocale)?.text ?? title;
  const publisher = pickText(record.texts, 'publisher', record.originalLocale)?.text;
  const date = citationDate(record.date, record.datePrecision);
  return {
    ...pageMetadata({
      locale: appLocale,
      path: `/sources/${slug}`,
      title,
      description: pickText(record.texts, 'description', appLocale)?.text,
      type: 'article',
    }),
    other: {
      citation_title: originalTitle,
      citation_language: record.originalLocale,
      ...(date ? { citation_publication_date: date } : {}),
      ...(publisher ? { citation_publisher: publisher } : {}),
    },
  };
}

export default async function SourcePage({ params, searchParams }: PageProps<'/[locale]/sources/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale as AppLocale);
  const [source, citing, query, t] = await Promise.all([
    getSourceBySlug(slug),
    listRecordsCitingSource(slug),
    searchParams,
    getTranslations('Reader'),
  ]);
  if (!source) notFound();

  const view = parseReadingView(query.view);
  const columns = sourceColumns(source.record.originalLocale);

  return (
    <article className="space-y-8">
      <p className="hidden text-sm print:block">{t('printedFrom', { url: `${siteUrl()}/${locale}/sources/${slug}` })}</p>
      <SourceHeader record={source.record} columns={columns} />
      <ViewToggle slug={slug} view={view} columns={columns} />
      <SourceText paragraphs={source.paragraphs} columns={columns} view={view} />
      <CitingRecords records={citing} />
      <CitePanel record={source.record} />
    </article>
  );
}
