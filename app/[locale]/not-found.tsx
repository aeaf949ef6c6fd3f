import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <section aria-labelledby="not-found-title" className="max-w-prose space-y-4">
      <h1 id="not-found-title" className="text-3xl font-semibold">
        {t('title')}
      </h1>
      <p>{t('description')}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href="/" className="text-blue-700 underline">
            {t('home')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
