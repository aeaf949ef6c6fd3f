import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { currentUser } from '@/lib/auth/session';
import type { AppLocale } from '@/lib/i18n/routing';

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The editors' area: its menu. Each page and action checks the session and role itself; the
 * layout does not redirect, since it cannot know the page asked for: its redirect won the race
 * and sent every signed-out visitor back to /admin after signing in, not to their page.
 */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  setRequestLocale(locale as AppLocale);
  const user = await currentUser();
  return (
    <div>
      {user && <AdminNav user={user} />}
      {children}
    </div>
  );
}
