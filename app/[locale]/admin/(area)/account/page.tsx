import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PasswordForm } from '@/components/admin/users/user-forms';
import { guardPage } from '@/lib/auth/guard-page';
import type { AppLocale } from '@/lib/i18n/routing';

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/account'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('admin.read', locale as AppLocale, '/admin/account');
  const [t, roles] = await Promise.all([getTranslations('Admin.account'), getTranslations('Admin.roleNames')]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p>{t('signedInAs', { name: user.name, email: user.email, role: roles(user.role) })}</p>
      <h2 className="text-lg font-semibold">{t('passwordTitle')}</h2>
      <PasswordForm />
    </div>
  );
}
