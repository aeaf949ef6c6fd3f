import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '@/lib/env';
import { dataDir } from './database';
import { info } from './cli';

/**
 * AUTH_SECRET signs session cookies. When it is not set, one is generated once and kept in
 * .data/auth-secret, so sessions survive restarts; several instances must share one (set it).
 */
export function authSecret(env: Env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const dir = dataDir();
  const file = join(dir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  info(`Generated AUTH_SECRET in ${file} (set AUTH_SECRET yourself when several instances serve the app).`);
  return secret;
}
