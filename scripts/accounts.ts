/**
 * An account made on the database the environment names (or the embedded one, while `npm start`
 * is not using it), unless one with that e-mail exists: `npm run user:create` and the mixed-load
 * benchmark's editor both come through here.
 */
import type { NewAccount } from '@/lib/auth/accounts';

export async function addAccount(environment: NodeJS.ProcessEnv, account: NewAccount): Promise<'created' | 'exists'> {
  const { parseEnv } = await import('@/lib/env');
  const { createAccount } = await import('@/lib/auth/accounts');
  const { createPrismaClient } = await import('@/lib/db/create-client');
  const { dataDir, openDatabase } = await import('./database');
  const database = await openDatabase(parseEnv(environment), dataDir(environment));
  const prisma = createPrismaClient(database.url, database.kind);
  try {
    if (await prisma.user.findUnique({ where: { email: account.email.toLowerCase() } })) return 'exists';
    await createAccount(prisma, account);
    return 'created';
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}
