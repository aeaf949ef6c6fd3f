import { createHash, randomBytes } from 'node:crypto';

/**
 * The secrets in alert links. 32 random bytes (base64url, 43 characters); only their SHA-256 is
 * stored, so a copy of the database opens no one's alerts. A fast hash is enough: the input is
 * random, not a password.
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
