import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockDataDir, lockHolder, lockText } from '@/scripts/data-dir-lock';

/**
 * The embedded database's folder lock (scripts/data-dir-lock.ts): a live launcher holds it; one
 * killed with `kill -9` leaves its file behind, which must not keep the next start out, even
 * once its pid belongs to another process. (tests/integration/crash-recovery.test.ts restarts
 * the app after real kill -9s.)
 */
const notWritable = (dir: string): never => {
  throw new Error(`not writable: ${dir}`);
};
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lock-'));
  folders.push(dir);
  return dir;
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  // Another live process, standing for a launcher that runs: the one that started this test.
  const other = process.ppid;

  it('is held by a live process with the start time the file names', () => {
    expect(lockText(other)).toMatch(new RegExp(`^${other} \\d+$`));
    expect(lockHolder(lockText(other))).toBe(other);
  });

  it('is not held once the process is gone (a launcher killed with kill -9)', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    expect(lockHolder(`${gone} 12345`)).toBeNull();
    expect(lockHolder(String(gone))).toBeNull();
  });

  it('is not held by another process that got the dead launcher\'s pid since', () => {
    const [, started] = lockText(other).split(' ');
    expect(lockHolder(`${other} ${Number(started) + 1}`)).toBeNull();
  });

  it('judges a file with a pid alone (older launchers) by the pid', () => {
    expect(lockHolder(String(other))).toBe(other);
    expect(lockHolder('not a pid')).toBeNull();
  });

  it('takes a folder over from a dead holder and gives it back when released', () => {
    const dir = folder();
    const [, started] = lockText(other).split(' ');
    writeFileSync(join(dir, 'launcher.pid'), `${other} ${Number(started) + 1}`);
    const release = lockDataDir(dir, notWritable);
    expect(readFileSync(join(dir, 'launcher.pid'), 'utf8')).toBe(lockText(process.pid));
    release();
    expect(existsSync(join(dir, 'launcher.pid'))).toBe(false);
  });

  it('refuses a folder a live launcher holds, with what to do', () => {
    const dir = folder();
    writeFileSync(join(dir, 'launcher.pid'), lockText(other));
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => lockDataDir(dir, notWritable)).toThrow('exit');
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(stderr.mock.calls[0][0])).toMatch(new RegExp(`another npm start \\(process ${other}\\) is already using .* Fix: stop it first`));
    expect(readFileSync(join(dir, 'launcher.pid'), 'utf8')).toBe(lockText(other));
  });
});
