import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { confirmAction } from '@/lib/actions/alerts';
import { InvalidLink } from '@/components/alerts/invalid-link';
import { previewConfirmation } from '@/lib/data/alert-links';
import type { AppLocale } from '@/lib/i18n/routing';
import { privatePageMetadata } from '@/lib/seo/private-metadata';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/alerts/confirm/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'Alerts' });
  return privatePageMetadata(t('confirmTitle'));
}

/**
 * Where the confirmation e-mail leads. Opening it confirms nothing: the reader presses the
 * button (a POST), so mail scanners that open every link cannot confirm an alert for them.
 */
export default async function ConfirmAlertPage({ params }: Props) {
  const { locale, token } = (await params) as { locale: AppLocale; token: string };
  setRequestLocale(locale);
  await connection();
  const alert = await previewConfirmation(token, locale);
  if (!alert) return <InvalidLink />;
  const t = await getTranslations('Alerts');
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold">{t('confirmTitle')}</h1>
      <div className="space-y-1">
        <p>{t('confirmIntro')}</p>
        <p className="text-xl font-medium break-words">{alert.what.text}</p>
        <p className="text-slate-700">{t(`frequency.${alert.frequency}`)}</p>
      </div>
      <form action={confirmAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {t('confirmButton')}
        </button>
      </form>
    </article>
  );
}
