import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/accounts';
import { openPglite } from '@/lib/db/embedded';
import { rolesFrom } from '@/lib/validation/editor';
import { startApp, type RunningApp } from '@/scripts/bench/app-server';
import { saveThroughForm, setField, signInAs } from '@/scripts/bench/editor-form';
import { browser, findForm, formFields, type Browser } from '@/scripts/bench/html-form';
import { buildIfStale } from '../helpers/production-server';

/**
 * The app as `npm start` runs it on the embedded database (the launcher hosting PGlite, and Next),
 * killed with `kill -9` while editors save, ROUNDS times, then started again on the same data
 * folder. Every save the server acknowledged (the 303 to `?saved=N`) must be in the record's
 * history exactly as it was sent, and no record may be half-written: a save writes the record's
 * version, its texts, aliases and links, the revision and the audit entry in one transaction, and
 * after a crash either all of them are there or none.
 *
 * Only for the embedded database (PostgreSQL's crash safety is PostgreSQL's): the embedded pass
 * of `npm test` runs it, the PostgreSQL pass leaves it out (vitest.config.ts).
 */
const PORT = 3310;
const DATA_DIR = resolve('.data/crash-recovery');
const ROUNDS = 4;
const SAVERS = 4;
/** The records the savers edit (few, so saves collide and the version check is at work too). */
const RECORDS = ['csto', 'cis', 'asean'];
/** Organisations a save names as the record's only "cooperates with" partner. */
const PARTNERS = ['eu', 'g8', 'apec', 'council-of-europe'];
/** Acknowledged saves in a round before the kill may come, then up to KILL_JITTER_MS more. */
const SAVES_BEFORE_KILL = 5;
const KILL_JITTER_MS = 3_000;
const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor')!.email;

/** What one save sent: both descriptions, the partner, and the token as the change summary. */
interface Sent {
  slug: string;
  token: string;
  en: string;
  ru: string;
  partner: string;
}
interface Acknowledged extends Sent {
  version: number;
}

const sent = new Map<string, Sent>();
const acknowledged: Acknowledged[] = [];
/** Tokens of saves that were under way when the app was killed: they may or may not be stored. */
const inFlightAtKill = new Set<string>();
let kills = 0;
let postedAtKill = 0;
let app: RunningApp | undefined;

const pick = <T,>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function launcherEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR, DATABASE_URL: '' };
  // As `npm start` from a shell: no test runner's mode, no other database.
  for (const name of ['NODE_ENV', 'EMBEDDED_DATABASE_URL', 'DATABASE_REPLICA_URLS', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) delete env[name];
  return env;
}

async function startLauncher(): Promise<{ app: RunningApp; startMs: number }> {
  const started = performance.now();
  const running = await startApp({ port: PORT, env: launcherEnv(), firstPath: '/api/health', ownProcessGroup: true, startTimeoutMs: 300_000 });
  return { app: running, startMs: performance.now() - started };
}

async function signedIn(origin: string): Promise<Browser> {
  const session = browser(origin);
  await signInAs(session, 'en', editor, DEMO_PASSWORD);
  return session;
}

interface RoundState {
  killed: boolean;
  acks: number;
  /** Saves under way (loading the form or waiting for the answer to its post). */
  inFlight: Set<string>;
  /** Saves whose post reached the server and is not answered yet: in the server action. */
  posted: Set<string>;
}

/** One editor saving again and again until the app is killed; returns what went wrong before that. */
async function saver(session: Browser, round: number, index: number, state: RoundState) {
  const problems: string[] = [];
  for (let n = 1; !state.killed; n++) {
    const token = `crash-r${round}-s${index}-n${n}`;
    const save: Sent = {
      slug: pick(RECORDS),
      token,
      en: `Crash test ${token}: the English description.`,
      ru: `Проверка сбоя ${token}: описание по-русски.`,
      partner: pick(PARTNERS),
    };
    sent.set(token, save);
    state.inFlight.add(token);
    // The same session, noting when the form's post is out and not yet answered.
    const watched: Browser = {
      ...session,
      async post(path, fields) {
        state.posted.add(token);
        try {
          return await session.post(path, fields);
        } finally {
          state.posted.delete(token);
        }
      },
    };
    try {
      const answer = await saveThroughForm(watched, `/en/admin/organisations/${save.slug}`, (fields) => {
        for (const name of ['texts.description.en', 'texts.description.ru', 'relations.COOPERATES_WITH', 'summary']) {
          if (!fields.some(([field]) => field === name)) return `the form has no ${name}`;
        }
        setField(fields, 'texts.description.en', save.en);
        setField(fields, 'texts.description.ru', save.ru);
        setField(fields, 'relations.COOPERATES_WITH', `organisation:${save.partner}`);
        setField(fields, 'summary', token);
      });
      // A 303 is an acknowledgement even if it arrived as the kill came: the server sent it.
      if (answer.kind === 'accepted') {
        acknowledged.push({ ...save, version: answer.version });
        state.acks++;
      } else if (answer.kind === 'failed' && !state.killed) {
        problems.push(`${token}: HTTP ${answer.status} ${answer.detail}`);
      }
    } catch (error) {
      if (!state.killed) problems.push(`${token}: ${(error as Error).message}`);
    } finally {
      state.inFlight.delete(token);
    }
  }
  return problems;
}

/** The version each edited record's edit form is at, as an editor opening it sees. */
async function versionsOnEditForms(session: Browser) {
  const versions = new Map<string, number>();
  for (const slug of RECORDS) {
    const page = await session.get(`/en/admin/organisations/${slug}`);
    expect(page.status, slug).toBe(200);
    const version = formFields(findForm(page.html, 'name="version"'), 'Save').find(([name]) => name === 'version');
    versions.set(slug, Number(version?.[1]));
  }
  return versions;
}

function highestAcknowledged(slug: string) {
  return Math.max(0, ...acknowledged.filter((save) => save.slug === slug).map((save) => save.version));
}

describe('the embedded database after kill -9 in the middle of editors\' saves', () => {
  let db: PGlite | undefined;

  beforeAll(async () => {
    await buildIfStale(inject('databaseUrl'), 'embedded');
    rmSync(DATA_DIR, { recursive: true, force: true });
  }, 900_000);

  afterAll(async () => {
    await db?.close();
    await app?.stop();
    rmSync(DATA_DIR, { recursive: true, force: true });
  });

  it(`comes back after each of ${ROUNDS} kill -9s of the launcher and Next, with every acknowledged save's version`, async () => {
    for (let round = 1; round <= ROUNDS + 1; round++) {
      const { app: running, startMs } = await startLauncher();
      app = running;
      const session = await signedIn(app.origin);

      // Nothing acknowledged before the last kill went missing: the forms are at least there.
      const versions = await versionsOnEditForms(session);
      for (const slug of RECORDS) expect(versions.get(slug), `${slug} after restart ${round - 1}`).toBeGreaterThanOrEqual(highestAcknowledged(slug));
      if (round > ROUNDS) {
        console.log(`Restart after kill ${kills} took ${(startMs / 1000).toFixed(1)} s; every record at or past its acknowledged version.`);
        break;
      }

      const state: RoundState = { killed: false, acks: 0, inFlight: new Set(), posted: new Set() };
      const savers = Array.from({ length: SAVERS }, (_, index) => saver(session, round, index + 1, state));
      const deadline = Date.now() + 120_000;
      while (state.acks < SAVES_BEFORE_KILL && Date.now() < deadline) await sleep(20);
      expect(state.acks, `acknowledged saves in round ${round} before the kill`).toBeGreaterThanOrEqual(SAVES_BEFORE_KILL);
      await sleep(Math.random() * KILL_JITTER_MS);
      // Then kill while a save's post is in the server (its action, maybe its transaction).
      const postDeadline = Date.now() + 5_000;
      while (state.posted.size === 0 && Date.now() < postDeadline) await sleep(1);

      state.killed = true;
      const underWay = [...state.inFlight];
      const posted = state.posted.size;
      for (const token of underWay) inFlightAtKill.add(token);
      await app.kill9();
      kills++;
      postedAtKill += posted;
      // The killed launcher could not remove its lock: the next start must see it is stale.
      expect(existsSync(join(DATA_DIR, 'launcher.pid')), 'the lock file a killed launcher leaves').toBe(true);
      const problems = (await Promise.all(savers)).flat();
      expect(problems, `saves that failed before the kill in round ${round}`).toEqual([]);
      console.log(
        `Round ${round}: started in ${(startMs / 1000).toFixed(1)} s, ${state.acks} saves acknowledged, ` +
          `kill -9 with ${underWay.length} saves under way, ${posted} of them posted and not yet answered.`,
      );
    }
    expect(kills).toBe(ROUNDS);
  }, 1_800_000);

  it('kept every acknowledged save in the history exactly as it was sent', async () => {
    expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * SAVES_BEFORE_KILL);
    await app!.stop();
    db = await openPglite({ dataDir: join(DATA_DIR, 'pglite') });

    let kept = 0;
    for (const save of acknowledged) {
      const { rows } = await db.query<{ current: number; snapshot: Snapshot; summary: string | null; email: string | null }>(
        `SELECT rec.version AS current, rev.snapshot, rev.summary, u.email
           FROM "Record" rec
           JOIN "Revision" rev ON rev."recordId" = rec.id AND rev.version = $2
           LEFT JOIN "user" u ON u.id = rev."authorId"
          WHERE rec.type = 'ORGANISATION' AND rec.slug = $1`,
        [save.slug, save.version],
      );
      expect(rows, `${save.token}: ${save.slug} version ${save.version} in the history`).toHaveLength(1);
      const [revision] = rows;
      expect(revision.summary, `the revision stored as ${save.slug} v${save.version}`).toBe(save.token);
      expect(revision.email).toBe(editor);
      expect(contentOf(revision.snapshot), save.token).toEqual(expectedContent(save));
      expect(revision.current, `${save.slug}'s current version`).toBeGreaterThanOrEqual(save.version);
      kept++;
    }
    console.log(`${acknowledged.length} saves acknowledged over ${kills} kills: ${kept} kept as sent, ${acknowledged.length - kept} lost.`);
  });

  it('left no record half-written: version, texts, aliases, links and audit agree with the latest revision', async () => {
    const roles = rolesFrom('organisation');
    const storedTokens = new Set<string>();
    for (const slug of RECORDS) {
      const [record] = (await db!.query<{ id: string; version: number }>(`SELECT id, version FROM "Record" WHERE type = 'ORGANISATION' AND slug = $1`, [slug])).rows;
      const revisions = (
        await db!.query<{ version: number; snapshot: Snapshot; summary: string | null; authorId: string | null }>(
          `SELECT version, snapshot, summary, "authorId" FROM "Revision" WHERE "recordId" = $1 ORDER BY version`,
          [record.id],
        )
      ).rows;
      const latest = revisions.at(-1)!;
      expect(record.version, `${slug}: the record's version is its latest revision's`).toBe(latest.version);
      expect(revisions.map((revision) => revision.version), `${slug}: no version skipped`).toEqual(
        Array.from({ length: revisions.length }, (_, index) => revisions[0].version + index),
      );
      expect(latest.authorId, `${slug} was saved by the editor at least once`).not.toBeNull();

      // Every stored save is one that was sent, whole: acknowledged or under way at a kill.
      for (const revision of revisions.filter((revision) => revision.summary?.startsWith('crash-'))) {
        const save = sent.get(revision.summary!);
        expect(save, `${slug} v${revision.version}: a save the test sent`).toBeDefined();
        expect(save!.slug).toBe(slug);
        expect(contentOf(revision.snapshot), `${slug} v${revision.version}`).toEqual(expectedContent(save!));
        storedTokens.add(save!.token);
      }

      const texts = (await db!.query<{ field: string; locale: string; text: string }>(`SELECT field, locale, text FROM "RecordText" WHERE "recordId" = $1`, [record.id])).rows;
      expect(texts.map((row) => `${row.field}.${row.locale}: ${row.text}`).sort(), `${slug}: texts`).toEqual(textsOf(latest.snapshot));

      const aliases = (await db!.query<{ locale: string; text: string }>(`SELECT locale, text FROM "Alias" WHERE "recordId" = $1`, [record.id])).rows;
      expect(aliases.map((row) => `${row.locale}: ${row.text}`).sort(), `${slug}: aliases`).toEqual(
        [...new Set((latest.snapshot.input.aliases ?? []).map((alias) => `${alias.locale}: ${alias.text}`))].sort(),
      );

      const links = (
        await db!.query<{ role: string; target: string }>(
          `SELECT l.role, lower(t.type::text) || ':' || t.slug AS target FROM "Link" l JOIN "Record" t ON t.id = l."toId"
            WHERE l."fromId" = $1 AND l.role::text = ANY(string_to_array($2, ','))`,
          [record.id, roles.join(',')],
        )
      ).rows;
      expect(links.map((link) => `${link.role} ${link.target}`).sort(), `${slug}: links`).toEqual(
        Object.entries(latest.snapshot.relations ?? {}).flatMap(([role, targets]) => targets.map((target) => `${role} ${target}`)).sort(),
      );

      // One audit entry per editor's revision, no more, no fewer.
      const audited = (
        await db!.query<{ version: number }>(
          `SELECT (detail->>'version')::int AS version FROM "AuditLog" WHERE "recordId" = $1 AND action = 'record.update' ORDER BY 1`,
          [record.id],
        )
      ).rows;
      expect(audited.map((row) => row.version), `${slug}: audit entries`).toEqual(revisions.filter((revision) => revision.authorId).map((revision) => revision.version));
    }

    const acknowledgedTokens = new Set(acknowledged.map((save) => save.token));
    expect([...acknowledgedTokens].filter((token) => !storedTokens.has(token)), 'acknowledged but not stored').toEqual([]);
    const unacknowledgedStored = [...storedTokens].filter((token) => !acknowledgedTokens.has(token));
    expect(unacknowledgedStored.filter((token) => !inFlightAtKill.has(token)), 'stored but neither acknowledged nor under way at a kill').toEqual([]);
    console.log(
      `${RECORDS.length} records checked, 0 half-written. Saves under way at the kills: ${inFlightAtKill.size} ` +
        `(${postedAtKill} posted, waiting for the answer); ` +
        `stored whole (committed before the answer got out): ${unacknowledgedStored.length}; not stored at all: ${inFlightAtKill.size - unacknowledgedStored.length}.`,
    );
  });
});

interface Snapshot {
  input: { texts?: Record<string, { ru?: string; en?: string } | undefined>; aliases?: { locale: string; text: string }[] };
  relations?: Record<string, string[]>;
}

/** The parts of a revision a save of this test sets. */
function contentOf(snapshot: Snapshot) {
  return {
    en: snapshot.input.texts?.description?.en,
    ru: snapshot.input.texts?.description?.ru,
    cooperatesWith: snapshot.relations?.COOPERATES_WITH ?? [],
  };
}

function expectedContent(save: Sent) {
  return { en: save.en, ru: save.ru, cooperatesWith: [`organisation:${save.partner}`] };
}

/** The RecordText rows a revision's texts make: one per non-empty text. */
function textsOf(snapshot: Snapshot) {
  return Object.entries(snapshot.input.texts ?? {})
    .flatMap(([field, value]) => (['ru', 'en'] as const).filter((locale) => value?.[locale]).map((locale) => `${field}.${locale}: ${value![locale]}`))
    .sort();
}
