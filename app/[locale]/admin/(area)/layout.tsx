import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { guardPage } from '@/lib/auth/guard-page';
import type { AppLocale } from '@/lib/i18n/routing';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The editors' area: its menu. Each page and action checks the session and role itself. */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await guardPage('admin.read', locale as AppLocale);
  return (
    <div>
      <AdminNav user={user} />
      {children}
    </div>
  );
}
