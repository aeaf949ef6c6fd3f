import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { countPublishedRecords } from '@/lib/data/records';
import { HoldingsList } from '@/components/home/holdings-list';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale as 'en' | 'ru');
  await connection();
  const t = await getTranslations('Home');
  const counts = await countPublishedRecords();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="max-w-prose text-lg text-slate-700">{t('intro')}</p>
      </header>
      <HoldingsList counts={counts} />
    </div>
  );
}
