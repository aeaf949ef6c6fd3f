import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ManageLinkForm } from '@/components/alerts/manage-link-form';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/alerts'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations({ locale, namespace: 'Alerts' });
  return pageMetadata({ locale, path: '/alerts', title: t('title'), description: t('metaDescription') });
}

export default async function AlertsPage({ params }: PageProps<'/[locale]/alerts'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  const t = await getTranslations('Alerts');
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="text-lg text-slate-700">{t('intro')}</p>
        <p>{t('howTo')}</p>
      </header>
      <section aria-labelledby="find-alerts" className="space-y-3">
        <h2 id="find-alerts" className="text-2xl font-semibold">{t('findTitle')}</h2>
        <p>{t('findIntro')}</p>
        <ManageLinkForm />
      </section>
    </article>
  );
}
