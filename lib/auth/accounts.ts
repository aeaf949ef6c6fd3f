import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Role } from './permissions';

/**
 * Creating accounts outside a request (the launcher's first admin, `npm run user:create`, tests):
 * the same rows better-auth writes at sign-up, with its own scrypt hash, so it signs them in.
 */
export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export async function createAccount(prisma: PrismaClient, input: NewAccount): Promise<{ id: string }> {
  const id = randomUUID();
  const password = await hashPassword(input.password);
  await prisma.user.create({
    data: {
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } },
    },
  });
  return { id };
}

export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', name: 'Demo Admin', role: 'admin' },
  { email: 'reviewer@example.org', name: 'Demo Reviewer', role: 'reviewer' },
  { email: 'editor@example.org', name: 'Demo Editor', role: 'editor' },
] as const satisfies readonly Omit<NewAccount, 'password'>[];

/**
 * On a database with no accounts: the admin named by ADMIN_EMAIL/ADMIN_PASSWORD, or, on the
 * embedded default only, the demo accounts the README lists. A real server with neither gets
 * none (a known password must never reach a deployment); the caller tells how to make one.
 */
export async function ensureFirstAccounts(
  prisma: PrismaClient,
  options: { adminEmail?: string; adminPassword?: string; demo: boolean },
): Promise<string[]> {
  if ((await prisma.user.count()) > 0) return [];
  if (options.adminEmail && options.adminPassword) {
    await createAccount(prisma, { email: options.adminEmail, name: 'Admin', role: 'admin', password: options.adminPassword });
    return [options.adminEmail];
  }
  if (!options.demo) return [];
  for (const account of DEMO_ACCOUNTS) await createAccount(prisma, { ...account, password: DEMO_PASSWORD });
  return DEMO_ACCOUNTS.map((account) => account.email);
}
