import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { unsubscribeAction } from '@/lib/actions/alerts';
import { InvalidLink } from '@/components/alerts/invalid-link';
import { previewUnsubscribe } from '@/lib/data/alert-links';
import type { AppLocale } from '@/lib/i18n/routing';
import { privatePageMetadata } from '@/lib/seo/private-metadata';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/alerts/unsubscribe/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'Alerts' });
  return privatePageMetadata(t('unsubscribeTitle'));
}

/**
 * The unsubscribe link in an e-mail's footer: one button to stop the alert (or all of them).
 * Mail programs use the one-click address of the List-Unsubscribe header instead.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = (await params) as { locale: AppLocale; token: string };
  setRequestLocale(locale);
  await connection();
  const view = await previewUnsubscribe(token, locale);
  if (!view) return <InvalidLink />;
  const t = await getTranslations('Alerts');
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold">{view.all ? t('unsubscribeAllTitle') : t('unsubscribeTitle')}</h1>
      {view.all ? (
        <p className="break-words">{t('unsubscribeAllIntro', { email: view.email })}</p>
      ) : (
        <div className="space-y-1">
          <p>{t('unsubscribeIntro')}</p>
          <p className="text-xl font-medium break-words">{view.what?.text}</p>
        </div>
      )}
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t('unsubscribeButton')}
        </button>
      </form>
    </article>
  );
}
