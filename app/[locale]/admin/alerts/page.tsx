// TODO(lead): guard with requireRole('admin') once the editors' area (issue #7) has its guard; until then this page is unprotected.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AlertDeliveries } from '@/components/admin/alert-deliveries';
import { alertDeliveryReport } from '@/lib/data/alert-admin';
import type { AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/alerts'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'AlertAdmin' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AlertAdminPage({ params }: PageProps<'/[locale]/admin/alerts'>) {
  setRequestLocale((await params).locale as AppLocale);
  await connection();
  const t = await getTranslations('AlertAdmin');
  const report = await alertDeliveryReport();
  return (
    <article className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </header>
      <AlertDeliveries report={report} />
    </article>
  );
}
