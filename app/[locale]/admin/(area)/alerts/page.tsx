import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertDeliveries } from '@/components/admin/alert-deliveries';
import { guardPage } from '@/lib/auth/guard-page';
import { alertDeliveryReport } from '@/lib/data/alert-admin';
import type { AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/alerts'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'AlertAdmin' });
  return { title: t('title') };
}

/** Admins only: the alert e-mails that failed or wait for a retry (docs/decisions/009-alert-job.md). */
export default async function AlertAdminPage({ params }: PageProps<'/[locale]/admin/alerts'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  await guardPage('alerts.read', locale, '/admin/alerts');
  const [t, report] = await Promise.all([getTranslations('AlertAdmin'), alertDeliveryReport()]);
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </header>
      <AlertDeliveries report={report} />
    </div>
  );
}
