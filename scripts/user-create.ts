/**
 * `npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password …]`
 * Creates an account on the database DATABASE_URL names, or the embedded one (while `npm start`
 * is not using it). Without --password one is generated and printed once.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { checkNodeVersion, fail, info } from './cli';

checkNodeVersion();
const { z } = await import('zod');
const { EnvError } = await import('@/lib/env');
const { newUserSchema } = await import('@/lib/validation/account');
const { addAccount } = await import('./accounts');

let args;
try {
  args = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } }).values;
} catch (error) {
  fail((error as Error).message, 'npm run user:create -- --email you@example.org --role editor|reviewer|admin');
}
const password = args.password ?? randomBytes(12).toString('base64url');
const parsed = newUserSchema.safeParse({ email: args.email, role: args.role, name: args.name ?? args.email?.split('@')[0], password });
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  fail(`--${String(issue.path[0])} ${z.prettifyError(new z.ZodError([issue])).split('\n')[0].replace(/^✖ /, '')}`, 'npm run user:create -- --email you@example.org --role editor|reviewer|admin [--password at-least-10-chars]');
}

try {
  if ((await addAccount(process.env, parsed.data)) === 'exists') fail(`an account for ${parsed.data.email} already exists.`);
  info(`Created ${parsed.data.role} ${parsed.data.email}${args.password ? '' : ` with password ${password} (shown once)`}.`);
} catch (error) {
  if (error instanceof EnvError) fail(`invalid environment: ${error.message}.`);
  fail((error as Error).message);
}
process.exit(0);
