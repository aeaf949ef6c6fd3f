/**
 * `npm run bench:search`: times the search as the search page and the API run it (full-text
 * matches, ranking of the first 1,000, facets, headlines for one page, similar names, and the
 * suggestions), on DATABASE_URL or the embedded database under DATA_DIR, and writes the table
 * into docs/benchmarks.md between its search markers (one section per kind of database). Add records first with
 * `npm run db:synth -- --records 100000`. Runs with `--conditions=react-server` (package.json),
 * because lib/search is server-only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkNodeVersion, fail, info } from '../cli';

checkNodeVersion();
const { parseEnv } = await import('@/lib/env');
const { openDatabase } = await import('../database');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, section: { type: 'string', default: '' }, write: { type: 'boolean', default: true }, 'no-write': { type: 'boolean', default: false } } });
const runs = Math.max(3, Number(values.runs) || 30);

const database = await openDatabase(parseEnv(process.env));
process.env[database.kind === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = database.url;
const { searchRecords } = await import('@/lib/search/search');
const { suggestRecords } = await import('@/lib/search/suggest');
const { db } = await import('@/lib/db/client');

type Case = { label: string; run: () => Promise<string> };
const search = (q: string, extra: Record<string, unknown> = {}) => async () => {
  const result = await searchRecords({ q, page: 1, pageSize: 20, ...extra }, 'en');
  return result.capped ? `${result.total.toLocaleString('en')}+` : String(result.total);
};
const suggest = (q: string) => async () => String((await suggestRecords(q, 'en')).length);

const cases: Case[] = [
  { label: 'common word, ru (терроризм)', run: search('терроризм') },
  { label: 'common word, en (terrorism)', run: search('terrorism') },
  { label: 'common phrase ("международного сотрудничества")', run: search('"международного сотрудничества"') },
  { label: 'common word + type + year facets', run: search('терроризм', { type: 'statement', year: 2018 }) },
  { label: 'common word, page 10', run: search('terrorism', { page: 10 }) },
  { label: 'acronym (ОДКБ)', run: search('ОДКБ') },
  { label: 'rare word, an alias only (UNSCR)', run: search('UNSCR') },
  { label: 'typo in a name (Kolokolcev)', run: search('Kolokolcev') },
  { label: 'nothing found (xylophonequark)', run: search('xylophonequark') },
  { label: 'suggest "Kolo"', run: suggest('Kolo') },
  { label: 'suggest "терр"', run: suggest('терр') },
  { label: 'suggest "Zhur"', run: suggest('Zhur') },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
// The embedded database frees the seed's one connection a moment after it closed.
for (let attempt = 1; ; attempt++) {
  try {
    await db().$queryRaw`SELECT 1`;
    break;
  } catch (error) {
    if (attempt >= 20) fail((error as Error).message);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const rows: string[] = [];
try {
  const records = await db().searchDocument.count();
  const [setup] = await db().$queryRaw<{ size: string; buffers: string }[]>`
    SELECT pg_size_pretty(pg_total_relation_size('"SearchDocument"')) AS size, current_setting('shared_buffers') AS buffers`;
  info(`Search benchmark: ${records} searchable records, ${database.kind} database, ${runs} runs per query.`);
  for (const item of cases) {
    for (let i = 0; i < 3; i++) await item.run();
    const times: number[] = [];
    let found = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      found = await item.run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const row = `| ${item.label} | ${found} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`;
    rows.push(row);
    info(row);
  }
  // --section keeps runs at other sizes (e.g. 1k) beside the 100k one instead of replacing it.
  const marker = `search:${database.kind}${values.section ? `-${values.section}` : ''}`;
  const section = [
    `<!-- ${marker}:start -->`,
    `## Search, ${database.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'}, ${records.toLocaleString('en')} records`,
    '',
    `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: ${records.toLocaleString('en')} searchable records`,
    `(\`npm run db:synth -- --records N\` plus the seed), ${database.kind === 'postgres' ? 'PostgreSQL' : 'the embedded PGlite'},`,
    `Node ${process.versions.node}, this machine (2 cores), ${runs} runs per query after 3 warm-ups. Times in ms for the whole`,
    'search as the page runs it (one transaction: matches, ranking of the first 1,000, facets, headlines for',
    'the 20 shown, similar names when few match); "found" is the full-text count (name matches not counted;',
    '"+": only the first 1,000 matches are counted, and a phrase is looked for in the first 1,000 records',
    'holding all its words). The synthetic texts draw words at random, the worst case for phrases.',
    `The search table with its indexes: ${setup.size}; shared_buffers ${setup.buffers}.`,
    '',
    '| query | found | p50 | p95 | max |',
    '|---|---|---|---|---|',
    ...rows,
    `<!-- ${marker}:end -->`,
  ].join('\n');
  if (values.write && !values['no-write']) {
    const path = 'docs/benchmarks.md';
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
    const existing = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
    const next = existing.test(current) ? current.replace(existing, () => section) : `${current.trimEnd()}\n\n${section}\n`;
    writeFileSync(path, next);
    info(`Written to ${path}.`);
  }
} catch (error) {
  fail((error as Error).message);
} finally {
  await db().$disconnect();
  await database.close();
}
process.exit(0);
