import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EndpointTable } from '@/components/open-data/endpoint-table';
import { presentRecord } from '@/lib/api/present';
import { getRecordBySlug } from '@/lib/data/records';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/open-data'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations({ locale, namespace: 'OpenData' });
  return pageMetadata({ locale, path: '/open-data', title: t('title'), description: t('intro') });
}

const code = 'block overflow-x-auto rounded bg-slate-100 p-3 font-mono text-sm';

export default async function OpenDataPage({ params }: PageProps<'/[locale]/open-data'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('OpenData');
  const example = await getRecordBySlug('organisation', 'csto');
  const shown = example ? presentRecord(example) : null;
  const excerpt = shown && { ...shown, links: shown.links.slice(0, 1), citations: shown.citations.slice(0, 1), positions: [] };

  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="text-lg text-slate-700">{t('intro')}</p>
      </header>
      <section aria-labelledby="api" className="space-y-3">
        <h2 id="api" className="text-2xl font-semibold">{t('apiTitle')}</h2>
        <p>{t('apiIntro', { example: '{"error":{"code":"bad_request","message":"…"}}' })}</p>
        <p><a className="text-blue-800 underline" href="/api/v1/openapi.json">{t('spec')}</a></p>
        <EndpointTable />
        {excerpt && (
          <div className="space-y-2">
            <h3 className="text-xl font-semibold">{t('exampleTitle')}</h3>
            <p className="font-semibold">{t('exampleRequest')}</p>
            <code className={code}>curl {'"'}/api/v1/organisations/csto{'"'}</code>
            <p className="font-semibold">{t('exampleResponse')}</p>
            <pre className={code} tabIndex={0} aria-label={t('exampleResponse')}>{JSON.stringify(excerpt, null, 2)}</pre>
          </div>
        )}
      </section>
      <section aria-labelledby="exports" className="space-y-2">
        <h2 id="exports" className="text-2xl font-semibold">{t('exportsTitle')}</h2>
        <p>{t('exportsIntro', { path: '/api/v1/export/{type}?format=csv' })}</p>
      </section>
      <section aria-labelledby="feeds" className="space-y-2">
        <h2 id="feeds" className="text-2xl font-semibold">{t('feedsTitle')}</h2>
        <p>{t('feedsIntro')}</p>
        <ul className="list-inside list-disc font-mono text-sm">
          <li><a className="text-blue-800 underline" href={`/${locale}/feed.xml`}>/{locale}/feed.xml</a></li>
          <li><a className="text-blue-800 underline" href={`/${locale}/feed.xml?organisation=csto`}>/{locale}/feed.xml?organisation=csto</a></li>
          <li><a className="text-blue-800 underline" href={`/${locale}/feed.xml?initiative=operation-mercenary`}>/{locale}/feed.xml?initiative=operation-mercenary</a></li>
        </ul>
      </section>
      <section aria-labelledby="oai" className="space-y-2">
        <h2 id="oai" className="text-2xl font-semibold">{t('oaiTitle')}</h2>
        <p>{t('oaiIntro', { path: '/oai' })}</p>
        <p>
          {t('oaiExample')}{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- an XML document from a route handler, not a page */}
          <a className="font-mono text-sm text-blue-800 underline" href="/oai?verb=Identify">/oai?verb=Identify</a>
        </p>
        <p>{t.rich('alertsIntro', { link: (chunks) => <Link className="text-blue-800 underline" href="/alerts">{chunks}</Link> })}</p>
      </section>
      <section aria-labelledby="citing" className="space-y-2">
        <h2 id="citing" className="text-2xl font-semibold">{t('citeTitle')}</h2>
        <p>{t('citeIntro')}</p>
      </section>
    </article>
  );
}
