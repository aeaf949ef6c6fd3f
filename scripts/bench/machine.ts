import { cpus, loadavg, totalmem, release } from 'node:os';

/** The machine a run was taken on, in one line, so numbers from different machines are not compared. */
export function describeMachine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpu.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.versions.node}`;
}

/** The 1-minute load average: other work on the machine shows up here. */
export const load1 = () => loadavg()[0].toFixed(2);
