/** The Markdown `npm run bench` writes for one database and corpus. */
import type { DatabaseKind } from '@/lib/env';
import type { ProcessMemory } from './app-server';
import type { Corpus } from './corpus';
import type { LoadResult } from './load';
import type { BenchTarget } from './targets';

export interface Measured {
  target: BenchTarget;
  result: LoadResult;
  /** " (first)" / " (last)" for the two static rows. */
  edge: string;
  /** CPU time the app's processes spent per answer (the database server's not included). */
  cpuPerRequest: number;
}

export interface SectionInput {
  kind: DatabaseKind;
  corpus: Corpus;
  rows: Measured[];
  machine: string;
  connections: number;
  seconds: number;
  warmup: number;
  coldStartMs: number;
  idle: ProcessMemory;
  peak: ProcessMemory;
  loadBefore: string;
  loadAfter: string;
}

const int = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** The static file's rate in this run: the mean of its first and last rows. */
export function ceiling(rows: Measured[]): number {
  const statics = rows.filter((row) => row.target.key === 'static');
  return statics.reduce((sum, row) => sum + row.result.rps, 0) / Math.max(1, statics.length);
}

function verdict(row: Measured, ratio: number): string {
  const { target, result } = row;
  const parts: string[] = [];
  let met = result.errors === 0;
  if (target.ratio !== undefined) {
    parts.push(`≥ ${target.ratio.toFixed(2)}`);
    met &&= ratio >= target.ratio;
  }
  if (target.p95 !== undefined) {
    parts.push(`p95 < ${target.p95} ms`);
    met &&= result.p95 < target.p95;
  }
  if (!parts.length) return '–';
  return `${parts.join(', ')}, 0 errors: **${met ? 'met' : 'missed'}**`;
}

export function formatSection(input: SectionInput): string {
  const { kind, corpus, rows, connections, seconds, warmup } = input;
  const top = ceiling(rows);
  const database = kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
  const corpusText = corpus === 'seed' ? 'the seed corpus (126 records)' : 'the seed plus 100,000 synthetic records';
  const table = rows.map((row) => {
    const ratio = row.result.rps / top;
    const errors = row.result.errors ? `${int(row.result.errors)} (${row.result.errorDetail})` : '0';
    return `| ${row.target.label}${row.edge} | \`${row.target.path}\` | ${int(row.result.rps)} | ${ratio.toFixed(2)} | ${ms(row.result.p50)} | ${ms(row.result.p95)} | ${ms(row.result.p99)} | ${row.cpuPerRequest.toFixed(2)} | ${errors} | ${verdict(row, ratio)} |`;
  });
  return [
    `## Pages under load, ${database}, ${corpus === 'seed' ? 'seed' : '100k records'}`,
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} with ${corpusText}, ${database},`,
    `the production build started as \`npm start\` does, on ${input.machine}.`,
    `autocannon over loopback from the same machine, ${connections} connections, ${seconds} s per row after ${warmup} s of warm-up,`,
    'gzip accepted as a browser would. "× static" is the row\'s requests per second over the static file\'s',
    '**in this same run** (the mean of its first and last rows), so load from other work on the machine',
    `mostly cancels out; the absolute numbers do not travel. Load average (1 min) before ${input.loadBefore}, after ${input.loadAfter}.`,
    `"CPU ms/req" is the CPU time the app's own processes spent per answer${kind === 'embedded' ? ' (PGlite included: it runs in the launcher)' : ' (PostgreSQL\'s not included)'},`,
    'which depends far less on other work on the machine than requests per second do.',
    '',
    '| what | path | req/s | × static | p50 ms | p95 ms | p99 ms | CPU ms/req | errors | target |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...table,
    '',
    `Cold start (launcher start to the first 200 of \`/en\`, page and data caches empty): ${(input.coldStartMs / 1000).toFixed(1)} s.`,
    `Memory (RSS): after start, launcher ${mb(input.idle.launcher)} + \`next start\` ${mb(input.idle.server)}; highest under load, launcher`,
    `${mb(input.peak.launcher)} + \`next start\` ${mb(input.peak.server)}${kind === 'embedded' ? ' (the launcher hosts PGlite)' : ' (PostgreSQL\'s own processes not included)'}.`,
  ].join('\n');
}
