/** The Markdown `npm run bench:mixed` writes. */
import type { ProcessMemory } from './app-server';
import type { SaveOutcome } from './editor-side';
import type { LoadResult } from './load';
import type { HistoryCheck } from './mixed-check';

export interface MixedInput {
  kind: 'postgres' | 'embedded';
  readers: number;
  editors: number;
  seconds: number;
  machine: string;
  editorSide: string;
  readerPaths: string[];
  read: LoadResult | undefined;
  outcomes: SaveOutcome[];
  history: HistoryCheck;
  peak: ProcessMemory;
  loadBefore: string;
  loadAfter: string;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

export function formatMixed(input: MixedInput): string {
  const { read, outcomes, history } = input;
  const count = (kind: SaveOutcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const failed = outcomes.filter((outcome): outcome is Extract<SaveOutcome, { kind: 'failed' }> => outcome.kind === 'failed');
  const serverErrors = failed.filter((outcome) => outcome.status >= 500).length + (read ? (read.errorDetail.match(/(\d+) × 5\d\d/g) ?? []).reduce((sum, part) => sum + Number(part.split(' ')[0]), 0) : 0);
  const failures = failed.length ? ` Other refusals: ${failed.slice(0, 3).map((outcome) => `${outcome.status} ${outcome.detail}`).join('; ')}.` : '';
  return [
    `## Mixed load, ${input.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}`,
    '',
    `Measured by \`npm run bench:mixed\` on ${new Date().toISOString().slice(0, 10)}, seed corpus, on ${input.machine}.`,
    `${input.readers} readers (autocannon connections cycling through ${input.readerPaths.length} record, list and home pages) and`,
    `${input.editors} ${input.editorSide}, for ${input.seconds} s, on 8 organisations the editors share.`,
    `Load average (1 min) before ${input.loadBefore}, after ${input.loadAfter}.`,
    '',
    '| readers | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---|---|---|---|',
    read ? `| ${input.readers} | ${Math.round(read.rps).toLocaleString('en')} | ${ms(read.p50)} | ${ms(read.p95)} | ${ms(read.p99)} | ${read.errors ? `${read.errors} (${read.errorDetail})` : '0'} |` : '| – | – | – | – | – | – |',
    '',
    '| editors | saves tried | accepted | refused: saved meanwhile | other | accepted but not in history | records not at their last save |',
    '|---|---|---|---|---|---|---|',
    `| ${input.editors} | ${outcomes.length} | ${count('accepted')} | ${count('conflict')} | ${failed.length} | ${history.lost.length} | ${history.overwritten.length} |`,
    '',
    `Server errors (5xx) on either side: **${serverErrors}**. Lost updates: **${history.lost.length + history.overwritten.length}**.${failures}`,
    `Highest memory (RSS): launcher ${mb(input.peak.launcher)} + server ${mb(input.peak.server)}.`,
  ].join('\n');
}
