import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './cli';

/**
 * PGlite is single-process: a second launcher on the same folder would corrupt it, so the
 * launcher (and backup, restore) hold `launcher.pid` in DATA_DIR while they use it.
 *
 * A launcher killed with `kill -9` (a crash, the OOM killer, `docker kill`) leaves the file
 * behind. Its process is gone, so the next start takes the folder over; but its pid may have
 * been given to another process since (a restarted container numbers its processes anew), which
 * must not keep the app from starting. So the file holds the pid and that process's start time
 * (Linux, /proc), and a process with the pid but another start time is not the holder. A file
 * with a pid alone (older launchers, other systems) is judged by the pid.
 */
export function lockDataDir(dir: string, notWritable: (dir: string) => never): () => void {
  const lockFile = join(dir, 'launcher.pid');
  if (existsSync(lockFile)) {
    const holder = lockHolder(readFileSync(lockFile, 'utf8'));
    if (holder) fail(`another npm start (process ${holder}) is already using ${dir}.`, `stop it first, or set DATA_DIR to another folder.`);
  }
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockFile, lockText(process.pid));
  } catch {
    notWritable(dir);
  }
  return () => rmSync(lockFile, { force: true });
}

/** What the lock file says for process `pid`: "pid start-time", or the pid alone where /proc is not. */
export function lockText(pid: number): string {
  const started = startTime(pid);
  return started ? `${pid} ${started}` : String(pid);
}

/** The pid of the live process that holds the folder per the lock file's text; null when none does. */
export function lockHolder(text: string): number | null {
  const [pidText, started] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  if (started && startTime(pid) !== null && startTime(pid) !== started) return null;
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** When process `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat); null off Linux. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
