import { vi } from 'vitest';

/**
 * Server actions read the request through next/headers and revalidate through next/cache; in
 * Vitest there is no request, so tests set one here (cookies and headers as a browser would send
 * them) and the mocks in each file hand it to the code. See tests/integration/access-control.
 */
export const request = { headers: new Headers() };

export const headersMock = () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
});

export const cacheMock = async (original: () => Promise<Record<string, unknown>>) => ({ ...(await original()), updateTag: vi.fn(), revalidateTag: vi.fn() });

/** Signs in through better-auth itself and returns the session cookie a browser would keep. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const { auth } = await import('@/lib/auth/auth');
  const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

export function actAs(cookie: string | null, extra: Record<string, string> = {}) {
  request.headers = new Headers({ ...(cookie ? { cookie } : {}), ...extra });
}

/** Next's redirect() throws; a test treats it as the action's success and reads where it went. */
export async function settle<T>(promise: Promise<T>): Promise<T | { redirected: string }> {
  try {
    return await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith('NEXT_REDIRECT')) return { redirected: digest.split(';')[2] };
    throw error;
  }
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.set('locale', 'en');
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

/** Removes what a test file made: its records (marked by `run` in the slug) and its accounts. */
export async function removeTestRows(run: string) {
  const { db } = await import('@/lib/db/client');
  await db().record.deleteMany({ where: { slug: { contains: run } } });
  await db().user.deleteMany({ where: { email: { contains: run } } });
  await db().rateLimit.deleteMany({ where: { key: { contains: run } } });
}
