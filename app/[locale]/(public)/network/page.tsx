import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getNetwork, getNetworkChoices } from '@/lib/data/network';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { parseNetworkQuery } from '@/lib/validation/network-query';
import { drawNetwork } from '@/components/network/drawn-network';
import { NetworkExplorer } from '@/components/network/network-explorer';
import { NetworkFilters } from '@/components/network/network-filters';
import { NetworkLegend } from '@/components/network/network-legend';
import { NetworkTable } from '@/components/network/network-table';
import { ViewToggle } from '@/components/network/view-toggle';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/network'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as AppLocale, namespace: 'Network' });
  return pageMetadata({ locale: locale as AppLocale, path: '/network', title: t('title'), description: t('description') });
}

export default async function NetworkPage({ params, searchParams }: PageProps<'/[locale]/network'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  await connection();
  const t = await getTranslations('Network');
  const { query, ignored } = parseNetworkQuery(await searchParams);
  // Graph or table, the same network: one cache entry for both.
  const { view: shownAs, ...filters } = query;
  const [view, choices] = await Promise.all([getNetwork(filters), getNetworkChoices()]);
  const drawn = drawNetwork(view, locale as AppLocale);
  const counts = { nodes: view.nodes.length, edges: view.edges.length };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{t('title')}</h1>
        <p className="max-w-prose text-lg text-slate-700">{t('intro')}</p>
      </header>
      {ignored.length > 0 && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('ignored', { params: ignored.join(', ') })}
        </p>
      )}
      {view.missingInitiative && query.initiative && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('missingInitiative', { slug: query.initiative })}
        </p>
      )}
      <NetworkFilters query={query} choices={choices} />
      <section aria-labelledby="network-results" className="space-y-4">
        <div className="space-y-1">
          <h2 id="network-results" className="text-xl font-semibold">
            {t('results')}
          </h2>
          <p className="text-slate-700">{t('summary', counts)}</p>
          {view.truncated && <p className="text-slate-700">{t('truncated', { shown: view.nodes.length, total: view.total })}</p>}
          {(query.from !== undefined || query.to !== undefined) && <p className="text-sm text-slate-700">{t('periodNote')}</p>}
        </div>
        {view.nodes.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <ViewToggle query={query} />
            {shownAs === 'table' ? (
              <NetworkTable view={view} nodes={drawn.nodes} />
            ) : (
              <>
                <NetworkLegend types={query.types.length ? query.types : undefined} />
                <NetworkExplorer network={drawn} label={t('graphLabel', counts)} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
