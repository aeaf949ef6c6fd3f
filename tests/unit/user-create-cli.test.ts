import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run user:create` on the embedded database, as the README tells an administrator to run
 * it: the account is made, a second one with the same e-mail is refused with one line, and bad
 * arguments name the argument. (It once failed on the embedded database right after the seed:
 * decision 003, "a closed connection is freed late".)
 */
const dir = mkdtempSync(join(tmpdir(), 'kb-user-create-'));

function userCreate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run user:create', () => {
  it('makes an account, and refuses a second with the same e-mail in one line', () => {
    const made = userCreate('--email', 'New.Editor@example.org', '--role', 'editor', '--password', 'long enough password');
    expect(made.output).toMatch(/Created editor new\.editor@example\.org/i);
    expect(made.status).toBe(0);
    const again = userCreate('--email', 'new.editor@example.org', '--role', 'admin', '--password', 'long enough password');
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/an account for new\.editor@example\.org already exists/);
    expect(again.output).not.toMatch(/\n\s+at \S+/);
  }, 240_000);

  it('names the argument that is wrong', () => {
    const badRole = userCreate('--email', 'x@example.org', '--role', 'superuser');
    expect(badRole.status).not.toBe(0);
    expect(badRole.output).toMatch(/--role/);
    const shortPassword = userCreate('--email', 'x@example.org', '--role', 'editor', '--password', 'short');
    expect(shortPassword.output).toMatch(/--password/);
  }, 60_000);
});
