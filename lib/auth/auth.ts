import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';

/**
 * better-auth, configured once (docs/decisions/008-editors-and-accounts.md): e-mail and password,
 * sessions as rows in the database (so they survive restarts and are shared by every instance),
 * HttpOnly SameSite=Lax cookies, Secure in production. No public sign-up: admins create accounts.
 * Built on first use, never at import, so `next build` needs neither the database nor a secret.
 */
function createAuth() {
  const current = env();
  if (!current.AUTH_SECRET) throw new Error('AUTH_SECRET is not set: start the app with npm start, which generates one.');
  return betterAuth({
    appName: 'CT Cooperation KB',
    secret: current.AUTH_SECRET,
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 200 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: { additionalFields: { role: { type: 'string', input: false, defaultValue: 'editor' } } },
    // Our own limiter counts failures per account and per address (lib/auth/rate-limit.ts).
    rateLimit: { enabled: false },
    advanced: { useSecureCookies: current.NODE_ENV === 'production', cookiePrefix: 'kb' },
    databaseHooks: {
      session: {
        create: {
          // A disabled account keeps its password but may not start a session.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            return user?.disabledAt ? false : undefined;
          },
        },
      },
    },
    plugins: [nextCookies()],
    telemetry: { enabled: false },
    // Without a fixed base URL the origin comes from each request, which is what we want behind
    // any host name; its start-up warning about that is noise in every log.
    logger: { level: 'error' },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { kbAuth?: Auth };

export function auth(): Auth {
  globalForAuth.kbAuth ??= createAuth();
  return globalForAuth.kbAuth;
}
