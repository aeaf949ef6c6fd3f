import 'server-only';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/auth/accounts';
import type { Role } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { writeAudit } from './audit';
import { assertCan } from './guard';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export async function listUsers(actor: SessionUser): Promise<UserRow[]> {
  assertCan(actor, 'users.manage');
  const rows = await db().user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } });
  return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, role: row.role, disabled: row.disabledAt !== null, createdAt: row.createdAt.toISOString() }));
}

export type UserResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> } | { ok: false; formError: 'notFound' | 'self' };

export async function createUser(actor: SessionUser, input: { email: string; name: string; role: Role; password: string }): Promise<UserResult> {
  assertCan(actor, 'users.manage');
  const email = input.email.toLowerCase();
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, fieldErrors: { email: ['emailTaken'] } };
  const { id } = await createAccount(db(), { ...input, email });
  await writeAudit(db(), actor, 'user.create', null, { userId: id, email, role: input.role });
  return { ok: true };
}

/** Role changes and disabling; an admin cannot demote or disable themself (no lock-out by accident). */
export async function updateUser(actor: SessionUser, id: string, change: { role: Role; disabled: boolean }): Promise<UserResult> {
  assertCan(actor, 'users.manage');
  const user = await db().user.findUnique({ where: { id }, select: { email: true, role: true, disabledAt: true } });
  if (!user) return { ok: false, formError: 'notFound' };
  if (id === actor.id && (change.role !== user.role || change.disabled)) return { ok: false, formError: 'self' };
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { role: change.role, disabledAt: change.disabled ? user.disabledAt ?? new Date() : null } });
    // Disabling signs the account out everywhere at once.
    if (change.disabled) await tx.session.deleteMany({ where: { userId: id } });
    await writeAudit(tx, actor, 'user.update', null, { userId: id, email: user.email, role: change.role, disabled: change.disabled });
  });
  return { ok: true };
}
