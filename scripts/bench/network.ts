/**
 * `npm run bench:network`: how the network view, the map and the timeline chart hold up on a
 * large corpus (`npm run db:synth -- --records 10000` first). Two parts:
 * - data: the reads as the pages run them, uncached (outside Next there is no cache): the whole
 *   graph read, narrowed, capped and laid out; the map's counts; the chart's years;
 * - browser (with `--url http://127.0.0.1:3000`, a running site): time from navigation to the
 *   first interactive render of /en/network in Chromium (the explorer hydrated, markers
 *   clickable). The first load is reported apart: start the site with an empty cache
 *   (`rm -rf .next/cache/fetch-cache`) to measure the read and layout a visitor waits for after
 *   an edit.
 * Writes a section of docs/benchmarks.md. Runs with `--conditions=react-server` (package.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkNodeVersion, fail, info } from '../cli';

checkNodeVersion();
const { parseEnv } = await import('@/lib/env');
const { openDatabase } = await import('../database');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, url: { type: 'string', default: '' }, 'no-write': { type: 'boolean', default: false } } });
const runs = Math.max(3, Number(values.runs) || 10);

const database = await openDatabase(parseEnv(process.env));
process.env[database.kind === 'postgres' ? 'DATABASE_URL' : 'EMBEDDED_DATABASE_URL'] = database.url;
const { getNetwork, getLocalNetwork } = await import('@/lib/data/network');
const { getCountryCounts } = await import('@/lib/data/country-counts');
const { countTimelineByYear } = await import('@/lib/data/timeline');
const { db } = await import('@/lib/db/client');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${percentile(sorted, 0.5).toFixed(0)} | ${percentile(sorted, 0.95).toFixed(0)} | ${sorted[sorted.length - 1].toFixed(0)}`;
};

async function connect() {
  // The embedded database frees a closed connection a moment late (decision 003).
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$queryRaw`SELECT 1`;
    } catch (error) {
      if (attempt >= 20) fail((error as Error).message);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function dataRows(): Promise<string[]> {
  // The most linked organisation and initiative: the largest local network, the largest neighbourhood.
  const mostLinked = async (type: 'ORGANISATION' | 'INITIATIVE', fallback: string) =>
    (
      await db().$queryRaw<{ slug: string }[]>`
        SELECT r."slug" FROM "Record" r JOIN "Link" l ON l."toId" = r."id" OR l."fromId" = r."id"
        WHERE r."type" = ${type}::"RecordType" AND r."state" = 'PUBLISHED' AND r."deletedAt" IS NULL
        GROUP BY r."id" ORDER BY count(*) DESC, r."slug" LIMIT 1`
    )[0]?.slug ?? fallback;
  const organisation = await mostLinked('ORGANISATION', 'csto');
  const initiative = await mostLinked('INITIATIVE', 'operation-mercenary');
  const shown = (view: { nodes: unknown[]; edges: unknown[]; total: number }) => `${view.nodes.length} of ${view.total.toLocaleString('en')} / ${view.edges.length}`;
  const cases: { label: string; run: () => Promise<string> }[] = [
    { label: 'network, default (150 most connected)', run: async () => shown(await getNetwork({ types: [], limit: 150 })) },
    { label: 'network, 400 drawn', run: async () => shown(await getNetwork({ types: [], limit: 400 })) },
    { label: 'network, organisations and people', run: async () => shown(await getNetwork({ types: ['organisation', 'person'], limit: 150 })) },
    { label: 'network, 2010–2015', run: async () => shown(await getNetwork({ types: [], from: 2010, to: 2015, limit: 150 })) },
    { label: `network around an initiative (${initiative})`, run: async () => shown(await getNetwork({ types: [], initiative, limit: 150 })) },
    { label: `local network of the biggest hub (${organisation})`, run: async () => { const view = await getLocalNetwork('organisation', organisation); return view ? shown(view) : '–'; } },
    { label: 'map: records per country and type', run: async () => `${(await getCountryCounts()).length} countries` },
    { label: 'timeline chart: records per year and type', run: async () => `${(await countTimelineByYear({ types: [] })).length} years` },
  ];
  const rows: string[] = [];
  for (const item of cases) {
    await item.run();
    const times: number[] = [];
    let found = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      found = await item.run();
      times.push(performance.now() - started);
    }
    rows.push(`| ${item.label} | ${found} | ${stats(times)} |`);
    info(rows.at(-1)!);
  }
  return rows;
}

async function browserRows(base: string): Promise<string[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[] = [];
  try {
    // A country page, a reading page without charts, is the yardstick: the ratio to it holds on a busy machine.
    let yardstick = Number.NaN;
    for (const path of ['/en/countries/russia', '/en/network', '/en/network?limit=400', '/en/map', '/en/timeline']) {
      const times: { ready: number; paint: number }[] = [];
      for (let i = 0; i <= runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(base + path, { waitUntil: 'commit', timeout: 120_000 });
        // Interactive: the explorer has hydrated (the network), or the page's charts are drawn (the others, no script).
        const charted = !path.startsWith('/en/countries');
        await page.waitForSelector(path.startsWith('/en/network') ? '[data-ready="true"]' : charted ? 'svg[role="group"]' : 'h1', { timeout: 120_000 });
        if (!path.startsWith('/en/network')) await page.waitForLoadState('load');
        times.push(
          await page.evaluate(() => ({
            ready: performance.now(),
            paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          })),
        );
        await page.close();
      }
      const [first, ...rest] = times;
      const ready = rest.map((t) => t.ready).sort((a, b) => a - b);
      if (Number.isNaN(yardstick)) yardstick = percentile(ready, 0.5);
      const ratio = (percentile(ready, 0.5) / yardstick).toFixed(2);
      rows.push(`| ${path} | ${first.ready.toFixed(0)} | ${stats(rest.map((t) => t.paint))} | ${stats(ready)} | ${ratio} |`);
      info(rows.at(-1)!);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

try {
  await connect();
  const records = await db().record.count({ where: { state: 'PUBLISHED', deletedAt: null } });
  const links = await db().link.count();
  info(`Network benchmark: ${records} published records, ${links} links, ${database.kind} database, ${runs} runs.`);
  const data = await dataRows();
  const browser = values.url ? await browserRows(values.url.replace(/\/$/, '')) : [];
  const kind = database.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
  const marker = `network:${database.kind}`;
  const section = [
    `<!-- ${marker}:start -->`,
    `## Network, map and charts, ${kind}, ${records.toLocaleString('en')} records`,
    '',
    `Measured by \`npm run bench:network\` on ${new Date().toISOString().slice(0, 10)}: ${records.toLocaleString('en')} published records and`,
    `${links.toLocaleString('en')} links (\`npm run db:synth -- --records N\` plus the seed), ${kind}, Node ${process.versions.node},`,
    `this machine (2 cores, shared), ${runs} runs after a warm-up. Reads as the pages run them, uncached (what a`,
    'visitor waits for after an edit clears the cache; afterwards pages read the cached result). Times in ms.',
    '"drawn": records drawn of those with ties / ties drawn.',
    '',
    '| read | drawn | p50 | p95 | max |',
    '|---|---|---|---|---|',
    ...data,
    ...(browser.length
      ? [
          '',
          `In Chromium against the running site (${values.url}): ms from navigation to the first contentful paint and`,
          'to the first interactive render (network: the explorer hydrated; others: charts drawn, page loaded).',
          '"first load" is the first visit after the site started with an empty cache.',
          '"ratio": interactive p50 over that of a country page (a reading page without charts, same run).',
          '',
          '| page | first load | paint p50 | p95 | max | interactive p50 | p95 | max | ratio |',
          '|---|---|---|---|---|---|---|---|---|',
          ...browser,
        ]
      : []),
    `<!-- ${marker}:end -->`,
  ].join('\n');
  if (!values['no-write']) {
    const path = 'docs/benchmarks.md';
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
    const existing = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
    writeFileSync(path, existing.test(current) ? current.replace(existing, () => section) : `${current.trimEnd()}\n\n${section}\n`);
    info(`Written to ${path}.`);
  }
} catch (error) {
  fail((error as Error).message);
} finally {
  await db().$disconnect();
  await database.close();
}
process.exit(0);
