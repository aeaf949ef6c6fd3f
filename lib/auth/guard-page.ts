import 'server-only';
import { forbidden } from 'next/navigation';
import { redirect } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { can, type Permission } from './permissions';
import { currentUser, type SessionUser } from './session';

/**
 * For the editors' pages: signed out → the sign-in page (coming back here after), signed in
 * without the role → 403. Pages call it themselves; the layout's check is only for the menu.
 */
export async function guardPage(permission: Permission, locale: AppLocale, back = '/admin'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) return redirect({ href: { pathname: '/admin/sign-in', query: { next: back } }, locale });
  if (!can(user.role, permission)) forbidden();
  return user;
}
