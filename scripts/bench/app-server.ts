/**
 * The app as `npm start` runs it (the launcher, which migrates, seeds and runs `next start`),
 * started for a benchmark: how long from process start to the first 200, and how much memory the
 * process tree holds (the launcher also hosts the embedded database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface RunningApp {
  origin: string;
  /** Milliseconds from spawning the launcher to the first 200 of `firstPath`. */
  coldStartMs: number;
  /** Resident memory of the launcher and every process under it, in bytes. */
  rss(): ProcessMemory;
  /** CPU time used so far by the launcher and every process under it, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
  /**
   * `kill -9` of the launcher's whole process group (launcher, PGlite in it, Next and anything
   * they started), as a crash or an OOM kill would; resolves once the launcher is gone. Only for
   * an app started with `ownProcessGroup`.
   */
  kill9(): Promise<void>;
  /** Everything the launcher and the server printed so far. */
  output: string[];
}

export interface ProcessMemory {
  /** The launcher itself: with the embedded database, PGlite lives here. */
  launcher: number;
  /** `next start` and anything it started. */
  server: number;
}

export interface StartOptions {
  port: number;
  env: NodeJS.ProcessEnv;
  /** The path whose first 200 ends the cold start. */
  firstPath: string;
  /** Node flags for the launcher, which passes profiling flags on to the server (e.g. --cpu-prof). */
  nodeArgs?: string[];
  log?: (line: string) => void;
  /** Runs the launcher in a process group of its own, so `kill9` can end all of it at once. */
  ownProcessGroup?: boolean;
  /** How long to wait for the first 200 (a first start migrates and seeds); 120 s by default. */
  startTimeoutMs?: number;
}

export async function startApp({ port, env, firstPath, nodeArgs = [], log, ownProcessGroup = false, startTimeoutMs = 120_000 }: StartOptions): Promise<RunningApp> {
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', resolve('scripts/start.ts')], {
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownProcessGroup,
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      log?.(line);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  try {
    await waitFor200(`${origin}${firstPath}`, child, startTimeoutMs);
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n${output.slice(-20).join('\n')}`);
  }
  const coldStartMs = performance.now() - started;
  return {
    origin,
    coldStartMs,
    rss: () => treeMemory(child.pid!),
    cpuMs: () => treeCpu(child.pid!),
    stop: () => stopChild(child),
    async kill9() {
      if (!ownProcessGroup) throw new Error('kill9 needs an app started with ownProcessGroup');
      const exited = ended(child) ? null : new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGKILL');
      // Until Node has reaped it, the launcher is a zombie that still "exists" for kill(pid, 0).
      await exited;
    },
    output,
  };
}

async function waitFor200(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (ended(child)) throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s`);
}

function ended(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

async function stopChild(child: ChildProcess) {
  if (ended(child)) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Every process's parent, from /proc. */
function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

function descendants(root: number): number[] {
  const parents = processParents();
  const below = (pid: number): number[] =>
    [...parents].filter(([, parent]) => parent === pid).flatMap(([child]) => [child, ...below(child)]);
  return below(root);
}

/** RSS from /proc: the launcher, and the sum over every process below it. */
function treeMemory(root: number): ProcessMemory {
  const below = descendants(root);
  return {
    launcher: rssOf(root),
    server: below.reduce((sum, pid) => sum + rssOf(pid), 0),
  };
}

// Linux counts CPU time in clock ticks of 1/100 s (sysconf CLK_TCK on every mainstream kernel).
const TICK_MS = 10;

/** User and system CPU time of the launcher and everything below it, in ms. */
function treeCpu(root: number): number {
  return [root, ...descendants(root)].reduce((sum, pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
      return sum + (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      return sum;
    }
  }, 0);
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
