import 'server-only';
import type { z } from 'zod';
import { AuthError } from '@/lib/auth/errors';
import type { Permission } from '@/lib/auth/permissions';
import { requirePermission, type SessionUser } from '@/lib/auth/session';

/**
 * The editors' lookup endpoints (pickers, slug checks): the session and role first, then the
 * query; answers are private and never cached. 401 without a session, 403 for the wrong role.
 */
export async function adminLookup<S extends z.ZodType>(
  request: Request,
  permission: Permission,
  schema: S,
  answer: (query: z.output<S>, user: SessionUser) => Promise<unknown>,
): Promise<Response> {
  const headers = { 'Cache-Control': 'private, no-store' };
  let user: SessionUser;
  try {
    user = await requirePermission(permission);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const status = error.reason === 'unauthenticated' ? 401 : 403;
    return Response.json({ error: { code: error.reason, message: error.message } }, { status, headers });
  }
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: { code: 'bad_request', message: `Invalid parameter "${parsed.error.issues[0].path.join('.')}".` } }, { status: 400, headers });
  }
  return Response.json(await answer(parsed.data, user), { headers });
}
