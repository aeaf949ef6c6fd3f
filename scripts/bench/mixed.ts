/**
 * `npm run bench:mixed`: readers and editors at once. 50 readers (autocannon connections) read
 * record pages, lists and the home page while 5 editors save records for 60 s; then every save
 * the server accepted is looked up in the revision history (no lost update), and the readers'
 * latencies, the saves and every server error are written to docs/benchmarks.md.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kb_bench PORT=3214 npm run bench:mixed
 *   npm run bench:mixed -- --db embedded --seconds 30
 *
 * The editors are pluggable (`EditorSide`, editor-side.ts); the default saves through the
 * editors' forms over HTTP. Runs on a database of its own (`_mixed`), which the editors change.
 */
import { parseArgs } from 'node:util';
import { addAccount } from '../accounts';
import { checkNodeVersion, fail, info } from '../cli';
import { startApp } from './app-server';
import { benchDatabase, prepareCorpus } from './corpus';
import { httpEditors, type EditorSide, type SaveOutcome } from './editor-side';
import { load } from './load';
import { describeMachine, load1 } from './machine';
import { writeSection } from './markdown';
import { checkHistory } from './mixed-check';
import { formatMixed } from './mixed-report';

checkNodeVersion();
const { ensureBuild } = await import('../build');

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'postgres' },
    readers: { type: 'string', default: '50' },
    editors: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '60' },
    'no-write': { type: 'boolean', default: false },
  },
});
const kind = values.db;
if (kind !== 'postgres' && kind !== 'embedded') fail('--db takes postgres or embedded.');
const [readers, editors, seconds] = [Number(values.readers), Number(values.editors), Number(values.seconds)];
if (!Number.isInteger(readers) || readers < 1 || readers > 1000) fail('--readers must be a whole number from 1 to 1000.');
if (!Number.isInteger(editors) || editors < 1 || editors > 100) fail('--editors must be a whole number from 1 to 100.');
if (!Number.isInteger(seconds) || seconds < 5 || seconds > 3600) fail('--seconds must be a whole number from 5 to 3600.');
const port = Number(process.env.PORT || 3000);

// The bench's own editor account on its own database (made below if missing).
const account = { email: 'mixed-load-bench@example.org', password: 'mixed-load-bench-password-2026' };
// Organisations the editors take turns on: with 5 editors on 8 records, some saves collide.
const SLUGS = ['csto', 'un', 'osce', 'cis-atc', 'russia-mfa', 'russia-mvd', 'unoct', 'nac'];
const READER_PATHS = [
  ...SLUGS.map((slug) => `/en/organisations/${slug}`),
  '/en', '/ru', '/en/organisations', '/en/statements?organisation=csto', '/ru/statements',
  '/en/statements/kuznetsov-western-connivance-white-helmets',
];
const editorSide: EditorSide = httpEditors({ ...account, slugs: SLUGS });

await ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
const database = await benchDatabase(kind, 'mixed', process.env.BENCH_DATABASE_URL).catch((error: Error) => fail(error.message));
try {
  prepareCorpus(database, info);
} catch (error) {
  fail((error as Error).message);
}
// The bench's editor, on a database the launcher may already have given other accounts.
await addAccount({ ...process.env, ...database.env }, { ...account, name: 'Mixed-load bench', role: 'editor' });
const env = database.env;
info(`Starting the app on ${kind}…`);
const app = await startApp({ port, env, firstPath: '/en' }).catch((error: Error) => fail(`the app did not start: ${error.message}`));
const loadBefore = load1();
const outcomes: SaveOutcome[] = [];
let readResult;
let peak = app.rss();
try {
  const sessions = await Promise.all(Array.from({ length: editors }, (_, index) => editorSide.signIn(app.origin, index)));
  for (const path of READER_PATHS) await fetch(`${app.origin}${path}`).then((response) => response.arrayBuffer());
  info(`${readers} readers and ${editors} editors for ${seconds} s…`);
  const deadline = Date.now() + seconds * 1000;
  const sampler = setInterval(() => {
    const now = app.rss();
    peak = { launcher: Math.max(peak.launcher, now.launcher), server: Math.max(peak.server, now.server) };
  }, 250);
  const editing = sessions.map(async (session) => {
    while (Date.now() < deadline) {
      outcomes.push(await session.save().catch((error: Error): SaveOutcome => ({ kind: 'failed', slug: '?', status: 0, detail: error.message })));
    }
  });
  [readResult] = await Promise.all([load({ url: app.origin, paths: READER_PATHS, connections: readers, seconds }), ...editing]);
  clearInterval(sampler);
} finally {
  await app.stop();
}

const history = await checkHistory(database, outcomes.filter((outcome) => outcome.kind === 'accepted'), SLUGS);
const section = formatMixed({
  kind, readers, editors, seconds, machine: describeMachine(), editorSide: editorSide.describe, readerPaths: READER_PATHS,
  read: readResult, outcomes, history, peak, loadBefore, loadAfter: load1(),
});
if (values['no-write']) process.stdout.write(`\n${section}\n`);
else {
  writeSection(`bench:mixed-${kind}`, section);
  info(`Written to docs/benchmarks.md (bench:mixed-${kind}).`);
}
process.exit(history.lost.length || outcomes.some((outcome) => outcome.kind === 'failed' && outcome.status >= 500) ? 1 : 0);
