import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/alerts/unsubscribed'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'Alerts' });
  return { title: t('unsubscribedTitle'), robots: { index: false, follow: false } };
}

export default async function UnsubscribedPage({ params, searchParams }: PageProps<'/[locale]/alerts/unsubscribed'>) {
  setRequestLocale((await params).locale as AppLocale);
  const t = await getTranslations('Alerts');
  const all = (await searchParams).all === '1';
  return (
    <article className="max-w-prose space-y-4">
      <h1 className="text-3xl font-semibold">{t('unsubscribedTitle')}</h1>
      <p role="status">{all ? t('unsubscribedAll') : t('unsubscribed')}</p>
      <p>
        <Link href="/alerts" className="font-medium text-blue-800 underline">
          {t('manageLink')}
        </Link>
      </p>
    </article>
  );
}
