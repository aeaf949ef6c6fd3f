import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertList } from '@/components/alerts/alert-list';
import { InvalidLink } from '@/components/alerts/invalid-link';
import { readerAlerts } from '@/lib/data/alert-links';
import type { AppLocale } from '@/lib/i18n/routing';
import { privatePageMetadata } from '@/lib/seo/private-metadata';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/alerts/manage/[token]'>;

const notices = { confirmed: 'confirmed', cancelled: 'cancelled', cancelledAll: 'allCancelled' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'Alerts' });
  return privatePageMetadata(t('manageTitle'));
}

/** A reader's alerts, reached by the link in every alert e-mail: no password, the link is the key. */
export default async function ManageAlertsPage({ params, searchParams }: Props) {
  const { locale, token } = (await params) as { locale: AppLocale; token: string };
  setRequestLocale(locale);
  await connection();
  const view = await readerAlerts(token, locale);
  if (!view) return <InvalidLink />;
  const t = await getTranslations('Alerts');
  const done = (await searchParams).done;
  const notice = typeof done === 'string' && done in notices ? notices[done as keyof typeof notices] : null;
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{t('manageTitle')}</h1>
        <p className="break-words text-slate-700">{t('manageIntro', { email: view.email })}</p>
      </header>
      {notice && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t(notice)}
        </p>
      )}
      {view.alerts.length ? <AlertList alerts={view.alerts} token={token} /> : <p>{t('none')}</p>}
    </article>
  );
}
