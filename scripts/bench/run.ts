/**
 * `npm run bench`: the production build under load. For each database (PostgreSQL, embedded) and
 * corpus (the seed; the seed plus 100,000 synthetic records) it starts the app as `npm start`
 * does, measures the cold start, loads a static file and each kind of page with autocannon over
 * loopback, and writes requests per second, latencies, errors, memory, and each page's ratio to
 * the static file of the same run into docs/benchmarks.md.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kb_bench PORT=3214 npm run bench
 *   npm run bench -- --db embedded --corpus seed --seconds 5 --only record,list
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkNodeVersion, fail, info } from '../cli';
import { startApp } from './app-server';
import { benchDatabase, prepareCorpus, type Corpus } from './corpus';
import { load } from './load';
import { describeMachine, load1 } from './machine';
import { writeSection } from './markdown';
import { formatSection, type Measured } from './report';
import { PAGE_TARGETS, STATIC_TARGET } from './targets';

checkNodeVersion();
const { ensureBuild } = await import('../build');
type DatabaseKind = import('@/lib/env').DatabaseKind;

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'postgres,embedded' },
    corpus: { type: 'string', default: 'seed,100k' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    only: { type: 'string', default: '' },
    profile: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);
const kinds = list(values.db);
const corpora = list(values.corpus);
if (!kinds.length || kinds.some((kind) => kind !== 'postgres' && kind !== 'embedded')) fail('--db takes postgres, embedded or both (comma-separated).');
if (!corpora.length || corpora.some((corpus) => corpus !== 'seed' && corpus !== '100k')) fail('--corpus takes seed, 100k or both (comma-separated).');
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) fail('--seconds must be a whole number from 1 to 600.');
if (!Number.isInteger(warmup) || warmup < 0 || warmup > 60) fail('--warmup must be a whole number from 0 to 60.');
if (!Number.isInteger(connections) || connections < 1 || connections > 1000) fail('--connections must be a whole number from 1 to 1000.');
const only = list(values.only);
const unknown = only.filter((key) => ![STATIC_TARGET, ...PAGE_TARGETS].some((target) => target.key === key));
if (unknown.length) fail(`--only: unknown target ${unknown.join(', ')}.`, `use ${[STATIC_TARGET, ...PAGE_TARGETS].map((t) => t.key).join(', ')}.`);
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail('PORT must be a port number.');

await ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
const machine = describeMachine();
const pages = PAGE_TARGETS.filter((target) => !only.length || only.includes(target.key));

for (const kind of kinds as DatabaseKind[]) {
  for (const corpus of corpora as Corpus[]) {
    const database = await benchDatabase(kind, corpus, process.env.BENCH_DATABASE_URL).catch((error: Error) => fail(error.message));
    try {
      prepareCorpus(database, info);
    } catch (error) {
      fail((error as Error).message);
    }
    // Every run starts with empty page and data caches, so the cold start is cold.
    rmSync('.next/server/route-cache', { recursive: true, force: true });
    rmSync('.next/cache/fetch-cache', { recursive: true, force: true });
    const profileDir = resolve('.data/bench/profiles', `${kind}-${corpus}`);
    if (values.profile) mkdirSync(profileDir, { recursive: true });
    const loadBefore = load1();
    info(`Starting the app on ${kind}, ${corpus} corpus…`);
    const app = await startApp({
      port,
      env: database.env,
      firstPath: '/en',
      nodeArgs: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    }).catch((error: Error) => fail(`the app did not start: ${error.message}`));
    info(`  first 200 after ${(app.coldStartMs / 1000).toFixed(1)} s`);
    const idle = app.rss();
    const rows: Measured[] = [];
    const peak = { launcher: idle.launcher, server: idle.server };
    const sampler = setInterval(() => {
      const now = app.rss();
      peak.launcher = Math.max(peak.launcher, now.launcher);
      peak.server = Math.max(peak.server, now.server);
    }, 250);
    try {
      // The static file first and last: the ceiling is their mean, and their spread shows noise.
      for (const [index, target] of [STATIC_TARGET, ...pages, STATIC_TARGET].entries()) {
        const url = `${app.origin}${target.path}`;
        // A target asking something new every time counts on through warm-up and measurement.
        let asked = 0;
        const nextPath = target.pathFor && (() => target.pathFor!(asked++));
        if (warmup) await load({ url, nextPath, connections, seconds: warmup });
        const cpuBefore = app.cpuMs();
        const result = await load({ url, nextPath, connections, seconds });
        const cpuPerRequest = (app.cpuMs() - cpuBefore) / Math.max(1, result.requests);
        const edge = target === STATIC_TARGET ? (index === 0 ? ' (first)' : ' (last)') : '';
        rows.push({ target, result, edge, cpuPerRequest });
        info(`  ${target.label}${edge}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${cpuPerRequest.toFixed(2)} CPU ms/req, ${result.errors} errors${result.errorDetail ? ` (${result.errorDetail})` : ''}`);
      }
    } finally {
      clearInterval(sampler);
      await app.stop();
    }
    const section = formatSection({
      kind, corpus, rows, machine, connections, seconds, warmup,
      coldStartMs: app.coldStartMs, idle, peak, loadBefore, loadAfter: load1(),
    });
    if (!values['no-write']) {
      writeSection(`bench:${kind}-${corpus}`, section);
      info(`Written to docs/benchmarks.md (bench:${kind}-${corpus}).`);
    } else {
      process.stdout.write(`\n${section}\n`);
    }
  }
}
process.exit(0);
