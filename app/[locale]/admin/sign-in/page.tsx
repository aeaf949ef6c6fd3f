import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/admin/auth/sign-in-form';
import { currentUser } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { safeNext } from '@/lib/validation/account';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/sign-in'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as AppLocale, namespace: 'Admin.signIn' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const query = await searchParams;
  const next = safeNext(typeof query.next === 'string' ? query.next : undefined);
  if (await currentUser()) redirect({ href: next, locale: locale as AppLocale });
  const t = await getTranslations('Admin.signIn');
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {query.signedOut && <p role="status">{t('signedOut')}</p>}
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <SignInForm next={next} />
    </div>
  );
}
