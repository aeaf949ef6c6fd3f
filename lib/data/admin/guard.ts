import { AuthError } from '@/lib/auth/errors';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';

/**
 * The data layer's own check: every write names its actor and refuses one whose role may not,
 * whatever called it. The action wrapper checks first; this is the second lock.
 */
export function assertCan(actor: SessionUser | null | undefined, permission: Permission): asserts actor is SessionUser {
  if (!actor) throw new AuthError('unauthenticated');
  if (!can(actor.role, permission)) throw new AuthError('forbidden');
}
