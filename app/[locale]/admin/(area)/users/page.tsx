import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewUserForm, UserRowForm } from '@/components/admin/users/user-forms';
import { guardPage } from '@/lib/auth/guard-page';
import { listUsers } from '@/lib/data/admin/users';
import type { AppLocale } from '@/lib/i18n/routing';

export default async function UsersPage({ params, searchParams }: PageProps<'/[locale]/admin/users'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('users.manage', locale as AppLocale, '/admin/users');
  const [t, users, query] = await Promise.all([getTranslations('Admin.users'), listUsers(user), searchParams]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {query.done && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-2">{t('done')}</p>}
      <section>{users.map((row) => <UserRowForm key={row.id} user={row} self={row.id === user.id} />)}</section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('newTitle')}</h2>
        <NewUserForm />
      </section>
    </div>
  );
}
