import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SubscribeForm } from '@/components/alerts/subscribe-form';
import { describeTarget } from '@/lib/alerts/describe';
import { Link } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { targetFromSearchParams } from '@/lib/validation/alerts';
import { searchParamsToObject } from '@/lib/validation/list-query';

// Reads the request (its query or token): rendered per request; under the locale layout, which
// renders nothing ahead, it must say so or it fails at run time (decision 013).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/alerts/new'>): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations({ locale, namespace: 'Alerts' });
  // One page per search and record: not for search engines.
  return { title: t('newTitle'), robots: { index: false, follow: true } };
}

/** The subscribe page: `?q=…&type=…` (a search with its filters) or `?follow=organisation&slug=…`. */
export default async function NewAlertPage({ params, searchParams }: PageProps<'/[locale]/alerts/new'>) {
  const locale = (await params).locale as AppLocale;
  setRequestLocale(locale);
  await connection();
  const t = await getTranslations('Alerts');
  const target = targetFromSearchParams(searchParamsToObject(await searchParams));
  const what = target ? await describeTarget(target, locale) : null;
  const hidden = target
    ? Object.fromEntries(Object.entries(target).filter(([key, value]) => key !== 'kind' && value !== undefined).map(([key, value]) => [key, String(value)]))
    : {};

  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-semibold">{t('newTitle')}</h1>
      {what ? (
        <>
          <div className="space-y-1">
            <p className="text-slate-700">{t('following')}</p>
            <p className="text-xl font-medium break-words">
              <Link href={what.path} className="text-blue-800 underline">
                {what.text}
              </Link>
            </p>
          </div>
          <SubscribeForm target={hidden} language={locale} />
        </>
      ) : (
        <p className="max-w-prose">{t('nothingToFollow')}</p>
      )}
    </article>
  );
}
