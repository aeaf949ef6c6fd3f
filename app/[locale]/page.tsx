import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listMainInitiatives } from '@/lib/data/home';
import { listRecords } from '@/lib/data/record-list';
import { countPublishedRecords } from '@/lib/data/records';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { listQuerySchema } from '@/lib/validation/list-query';
import { HoldingsList } from '@/components/home/holdings-list';
import { RecordTeasers } from '@/components/home/record-teasers';
import { SearchBox } from '@/components/home/search-box';
import { ConferenceTeaser, InitiativeTeaser, StatementTeaser } from '@/components/home/teaser-items';

// Rendered on the first visit, then served from the page cache until a save revalidates it (decision 013).
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Metadata' });
  const metadata = pageMetadata({ locale: locale as AppLocale, path: '/', title: t('siteName'), description: t('description') });
  // The site's name alone: the layout's "%s · site name" template would say it twice.
  return { ...metadata, title: { absolute: t('siteName') } };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const t = await getTranslations('Home');
  const [counts, statements, conferences, initiatives] = await Promise.all([
    countPublishedRecords(),
    listRecords('statement', listQuerySchema('statement').parse({ page: 1, pageSize: 5, sort: 'date-desc' }), locale as AppLocale),
    listRecords('conference', listQuerySchema('conference').parse({ page: 1, pageSize: 3, sort: 'date-desc' }), locale as AppLocale),
    listMainInitiatives(5),
  ]);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{t('title')}</h1>
        <p className="max-w-prose text-lg text-slate-700">{t('intro')}</p>
      </header>
      <SearchBox />
      <HoldingsList counts={counts} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <RecordTeasers id="latest-statements" heading={t('latestStatements')} allHref="/statements" allLabel={t('allStatements')}>
          {statements.items.map((statement) => (
            <StatementTeaser key={statement.slug} statement={statement} />
          ))}
        </RecordTeasers>
        <div className="space-y-10">
          <RecordTeasers id="recent-conferences" heading={t('recentConferences')} allHref="/conferences" allLabel={t('allConferences')}>
            {conferences.items.map((conference) => (
              <ConferenceTeaser key={conference.slug} conference={conference} />
            ))}
          </RecordTeasers>
          <RecordTeasers
            id="main-initiatives"
            heading={t('mainInitiatives')}
            note={t('mainInitiativesNote')}
            allHref="/initiatives"
            allLabel={t('allInitiatives')}
          >
            {initiatives.map((initiative) => (
              <InitiativeTeaser key={initiative.slug} initiative={initiative} />
            ))}
          </RecordTeasers>
        </div>
      </div>
    </div>
  );
}
