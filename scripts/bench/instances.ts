/**
 * `npm run bench:instances`: two instances of the app side by side on one PostgreSQL database,
 * as behind a load balancer. An editor saves through instance A; how long until instance B,
 * which had the page cached, serves the save? Then B restarts: does it still serve the save
 * (not the page it had cached on disk before), and still know the editor's session?
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kb_bench PORT=3214 npm run bench:instances
 *
 * Uses the mixed-load benchmark's database and account (PORT and PORT + 1).
 */
import { checkNodeVersion, fail, info } from '../cli';
import { startApp, type RunningApp } from './app-server';
import { benchDatabase, prepareCorpus } from './corpus';
import { saveThroughForm, signInAs } from './editor-form';
import { browser } from './html-form';

checkNodeVersion();
const { ensureBuild } = await import('../build');

const port = Number(process.env.PORT || 3000);
const account = { email: 'mixed-load-bench@example.org', password: 'mixed-load-bench-password-2026' };
const slug = 'osce';
const page = `/en/organisations/${slug}`;

await ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
const database = await benchDatabase('postgres', 'mixed', process.env.BENCH_DATABASE_URL).catch((error: Error) => fail(error.message));
prepareCorpus(database, info);
const env = { ...database.env, ADMIN_EMAIL: account.email, ADMIN_PASSWORD: account.password };

const start = (offset: number) => startApp({ port: port + offset, env, firstPath: '/en' });
let a: RunningApp | undefined;
let b: RunningApp | undefined;
const text = async (app: RunningApp) => (await fetch(`${app.origin}${page}`).then((response) => response.text()));
try {
  a = await start(0);
  b = await start(1);
  info(`Instances on ${a.origin} and ${b.origin}.`);
  await text(b); // B caches the page.

  // An editor signs in and saves through A.
  const editor = browser(a.origin);
  await signInAs(editor, 'en', account.email, account.password).catch(() => fail('could not sign in on instance A.'));
  const token = `instances-check-${Date.now().toString(36)}`;
  const saved = await saveThroughForm(editor, `/en/admin/organisations/${slug}`, (fields) => {
    const description = fields.find(([name]) => name === 'texts.description.en');
    if (!description) return 'no English description on the edit form';
    description[1] = `${description[1].replace(/ \(instances-check-[^)]*\)$/, '')} (${token})`;
  });
  if (saved.kind !== 'accepted') fail(`the save on instance A was not accepted (${saved.kind === 'failed' ? `${saved.status} ${saved.detail}` : 'conflict'}).`);
  const savedAt = performance.now();

  // B learns of it through the CacheTag table.
  let seenAfter = -1;
  while (performance.now() - savedAt < 10_000) {
    if ((await text(b)).includes(token)) {
      seenAfter = performance.now() - savedAt;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  info(seenAfter >= 0 ? `Instance B served the save ${Math.round(seenAfter)} ms after A accepted it.` : 'Instance B did not serve the save within 10 s.');

  // B restarts: its disk cache holds the page; the tags in the database say whether it is current.
  await b.stop();
  b = await start(1);
  const afterRestart = (await text(b)).includes(token);
  info(`After a restart, instance B ${afterRestart ? 'serves the save' : 'serves an old page'}.`);

  // The session lives in the database: the editor's cookie from A works on B.
  const onB = await browser(b.origin, editor.jar).get('/en/admin');
  info(`The editor's session from A, on B: ${onB.status === 200 ? 'signed in' : `HTTP ${onB.status}`}.`);
  process.exitCode = seenAfter >= 0 && afterRestart && onB.status === 200 ? 0 : 1;
} finally {
  await a?.stop();
  await b?.stop();
}
