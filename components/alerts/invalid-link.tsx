import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** What every token page says when its link expired or its alert is gone, and the way to a new link. */
export async function InvalidLink() {
  const t = await getTranslations('Alerts');
  return (
    <section aria-labelledby="invalid-link" className="max-w-prose space-y-4">
      <h1 id="invalid-link" className="text-3xl font-semibold">
        {t('invalidTitle')}
      </h1>
      <p>{t('invalidText')}</p>
      <p>
        <Link href="/alerts" className="font-medium text-blue-800 underline">
          {t('findLink')}
        </Link>
      </p>
    </section>
  );
}
