import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { actAs, cacheMock, form, headersMock, sessionCookie, settle, removeTestRows } from '../helpers/request-context';

vi.mock('next/headers', () => headersMock());
vi.mock('next/cache', (original) => cacheMock(original as () => Promise<Record<string, unknown>>));

// Sessions end when they should: at sign-out, on a password change (every other session of the
// account), when an admin disables the account, and when they expire.
pointAppAt();
process.env.AUTH_SECRET ??= 'test-secret-for-vitest-only-0123456789abcdef';

const run = randomUUID().slice(0, 8);
const email = `sessions-${run}@example.org`;
const PASSWORD = 'first password 123';

async function whoIs(cookie: string) {
  actAs(cookie);
  const { currentUser } = await import('@/lib/auth/session');
  // currentUser is cached per request with React's cache(); outside a request it reads afresh.
  return (await currentUser())?.email ?? null;
}

beforeAll(async () => {
  const { db } = await import('@/lib/db/client');
  const { createAccount } = await import('@/lib/auth/accounts');
  await createAccount(db(), { email, name: 'Sessions', role: 'editor', password: PASSWORD });
});
afterAll(async () => {
  await removeTestRows(run);
  await closeAppDatabase();
});

describe('sessions', () => {
  it('sign-out ends that session', async () => {
    const cookie = await sessionCookie(email, PASSWORD);
    expect(await whoIs(cookie)).toBe(email);
    const { signOutAction } = await import('@/lib/actions/auth');
    actAs(cookie);
    expect(await settle(signOutAction({ status: 'idle' }, form({})))).toMatchObject({ redirected: expect.stringContaining('/admin/sign-in') });
    expect(await whoIs(cookie)).toBeNull();
  });

  it('a password change ends every other session, and the old password stops working', async () => {
    const here = await sessionCookie(email, PASSWORD);
    const elsewhere = await sessionCookie(email, PASSWORD);
    const { changePasswordAction } = await import('@/lib/actions/auth');
    actAs(here);
    const wrong = await changePasswordAction({ status: 'idle' }, form({ currentPassword: 'not it at all', newPassword: 'second password 456', confirmPassword: 'second password 456' }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: ['The current password is wrong.'] } });
    actAs(here);
    const changed = await changePasswordAction({ status: 'idle' }, form({ currentPassword: PASSWORD, newPassword: 'second password 456', confirmPassword: 'second password 456' }));
    expect(changed).toMatchObject({ status: 'ok', message: 'Password changed. Your other sessions were signed out.' });
    expect(await whoIs(elsewhere)).toBeNull();
    await expect(sessionCookie(email, PASSWORD)).rejects.toThrow();
    expect(await whoIs(await sessionCookie(email, 'second password 456'))).toBe(email);
  });

  it('disabling an account ends its sessions and refuses new ones', async () => {
    const { db } = await import('@/lib/db/client');
    const cookie = await sessionCookie(email, 'second password 456');
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const { updateUser } = await import('@/lib/data/admin/users');
    const { createAccount } = await import('@/lib/auth/accounts');
    const adminEmail = `root-${run}@example.org`;
    const admin = { ...(await createAccount(db(), { email: adminEmail, name: 'Root', role: 'admin', password: 'root password 123' })), email: adminEmail, name: 'Root', role: 'admin' as const };
    expect(await updateUser(admin, user.id, { role: 'editor', disabled: true })).toEqual({ ok: true });
    expect(await whoIs(cookie)).toBeNull();
    await expect(sessionCookie(email, 'second password 456')).rejects.toThrow();
  });

  it('an expired session is not accepted', async () => {
    const { db } = await import('@/lib/db/client');
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await db().user.update({ where: { id: user.id }, data: { disabledAt: null } });
    const cookie = await sessionCookie(email, 'second password 456');
    expect(await whoIs(cookie)).toBe(email);
    await db().session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await whoIs(cookie)).toBeNull();
  });
});
