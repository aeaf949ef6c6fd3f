import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { auth } from './auth';
import { AuthError } from './errors';
import { can, isRole, type Permission, type Role } from './permissions';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user of this request, or null. The role and the disabled flag are read fresh
 * from the database on every request, so a demoted or disabled account loses access at once.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The user, if they may do this; otherwise AuthError (the action wrapper and guards catch it). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthError('unauthenticated');
  if (!can(user.role, permission)) throw new AuthError('forbidden');
  return user;
}
