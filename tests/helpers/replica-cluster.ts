import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A PostgreSQL primary and a streaming replica of it, made for one test file on free ports under
 * /tmp: `initdb`, then `pg_basebackup -R` (which writes the replica's standby.signal and
 * primary_conninfo). Never touches the machine's own PostgreSQL. PostgreSQL refuses to run as
 * root, so as root (CI) the commands run as the `postgres` user.
 */
export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = process.env.PG_BIN ?? (versions[0] && join(root, versions[0], 'bin'));
  if (!dir || !existsSync(join(dir, 'pg_basebackup'))) {
    throw new Error('PostgreSQL server binaries not found (initdb, pg_ctl, pg_basebackup): install postgresql, or set PG_BIN to their folder.');
  }
  return dir;
}

const asRoot = process.getuid?.() === 0;

function run(bin: string, tool: string, args: string[]) {
  const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] as const : [join(bin, tool), args] as const;
  execFileSync(command[0], [...command[1]], { stdio: 'pipe', timeout: 60_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startReplicaPair(): Promise<ReplicaPair> {
  const bin = postgresBin();
  const dir = mkdtempSync('/tmp/kb-replica-test-');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const primary = join(dir, 'primary');
  const replica = join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const started: string[] = [];
  const stop = () => {
    for (const data of started.reverse()) {
      try {
        run(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(bin, 'initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    // Small and quick: no fsync (a test's data need not survive a crash), replication allowed
    // from 127.0.0.1 (initdb's trust template already lists it).
    appendFileSync(join(primary, 'postgresql.conf'), [
      `port = ${primaryPort}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`,
      'fsync = off', 'synchronous_commit = off', 'full_page_writes = off', 'wal_level = replica',
      'max_wal_senders = 4', 'shared_buffers = 32MB', '',
    ].join('\n'));
    run(bin, 'pg_ctl', ['-D', primary, '-l', join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    run(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-c', 'fast']);
    const replicaConf = join(replica, 'postgresql.auto.conf');
    appendFileSync(replicaConf, `port = ${replicaPort}\nhot_standby = on\n`);
    if (asRoot) execFileSync('chown', ['postgres:postgres', replicaConf]);
    run(bin, 'pg_ctl', ['-D', replica, '-l', join(dir, 'replica.log'), '-w', 'start']);
    started.push(replica);
  } catch (error) {
    stop();
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not start a primary and a replica: ${detail || (error as Error).message}`);
  }
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/postgres`,
    stop,
  };
}
