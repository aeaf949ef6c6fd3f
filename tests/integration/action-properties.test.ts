import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { describeForm, formArbitrary, formFieldNames, toFormData, type FieldValue } from '../helpers/action-inputs';
import { expectActionState, expectConsistent, expectLocalRedirect, expectUserText, type Answer } from '../helpers/action-invariants';
import { actAs, cacheMock, headersMock, sessionCookie, settle } from '../helpers/request-context';
import { fingerprint } from '../helpers/table-fingerprint';
import { actionSpecs, type Fixture } from '../helpers/action-specs';

vi.mock('next/headers', () => headersMock());
vi.mock('next/cache', (original) => cacheMock(original as () => Promise<Record<string, unknown>>));
// The readers' alert actions ask next-intl for the page's language, which only a request has.
vi.mock('next-intl/server', async (original) => ({ ...(await original<Record<string, unknown>>()), getLocale: async () => 'en' }));

/**
 * Issue #11: every exported server action, called with arbitrary forms (fast-check) as an admin
 * and without a session. Whatever arrives, the action answers its state (a localized message and
 * field errors when it refuses) or redirects within the site; it never throws (a 500 in a real
 * request) and never leaves a record without the revision of its version. The actions are read
 * from the modules, so a new one without a spec in action-properties.specs.ts fails here.
 * Seeded: FC_SEED=<n> reproduces a run (the seed is printed).
 */
pointAppAt();
process.env.AUTH_SECRET ??= 'test-secret-for-vitest-only-0123456789abcdef';

const SEED = Number(process.env.FC_SEED ?? 20_261_124);
const ADMIN_RUNS = 40;
// Those that sign in afresh for every form (they end their own session) take fewer: hashing is slow.
const SESSION_RUNS = 30;
const ANONYMOUS_RUNS = 12;
const run = randomUUID().slice(0, 8);
const PASSWORD = 'property password 1';
type AnyAction = (...args: unknown[]) => Promise<unknown>;
const actions: Record<string, AnyAction> = {};
const fixture = { run, password: PASSWORD } as Fixture;
const tried: Record<string, { inputs: number; accepted: number; refused: number }> = {};
let before: { records: Set<string>; users: Set<string>; readers: Set<string>; limits: Set<string>; audit: bigint };

async function database() {
  return (await import('@/lib/db/client')).db();
}

beforeAll(async () => {
  const db = await database();
  const { createAccount } = await import('@/lib/auth/accounts');
  const [records, users, readers, limits, audit] = await Promise.all([
    db.record.findMany({ select: { id: true } }), db.user.findMany({ select: { id: true } }), db.alertReader.findMany({ select: { id: true } }),
    db.rateLimit.findMany({ select: { key: true } }), db.auditLog.aggregate({ _max: { id: true } }),
  ]);
  before = {
    records: new Set(records.map((row) => row.id)), users: new Set(users.map((row) => row.id)), readers: new Set(readers.map((row) => row.id)),
    limits: new Set(limits.map((row) => row.key)), audit: audit._max.id ?? 0n,
  };
  for (const name of ['admin', 'self', 'target', 'signer'] as const) {
    const email = `prop-${name}-${run}@example.org`;
    const { id } = await createAccount(db, { email, name, role: name === 'target' || name === 'signer' ? 'editor' : 'admin', password: PASSWORD });
    fixture[name] = { id, email };
  }
  fixture.adminCookie = await sessionCookie(fixture.admin.email, PASSWORD);
  const modules = await Promise.all([
    import('@/lib/actions/records'), import('@/lib/actions/workflow'), import('@/lib/actions/inline-create'),
    import('@/lib/actions/auth'), import('@/lib/actions/users'), import('@/lib/actions/alerts'),
  ]);
  for (const exports of modules) for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') actions[name] = value as AnyAction;
});

afterAll(async () => {
  const db = await database();
  // Everything the arbitrary forms made (records and accounts under any name they chose), then
  // what the accounts left behind.
  await db.record.deleteMany({ where: { id: { notIn: [...before.records] } } });
  await db.user.deleteMany({ where: { id: { notIn: [...before.users] } } });
  await db.alertReader.deleteMany({ where: { id: { notIn: [...before.readers] } } });
  await db.rateLimit.deleteMany({ where: { key: { notIn: [...before.limits] } } });
  await db.auditLog.deleteMany({ where: { id: { gt: before.audit } } });
  console.info(`action properties (seed ${SEED}): ${Object.entries(tried).map(([name, n]) => `${name} ${n.inputs} (${n.accepted} accepted, ${n.refused} refused)`).join('; ')}`);
  await closeAppDatabase();
});

/** Calls one action with one arbitrary form and checks its answer; returns how it ended. */
async function callOnce(name: string, entries: [string, FieldValue][], cookie: string | null) {
  const spec = actionSpecs[name];
  const locale = entries.find(([field]) => field === 'locale')?.[1];
  const language = locale === 'ru' ? 'ru' : 'en';
  const where = `${name}(${describeForm(entries)})`;
  actAs(cookie, { 'x-forwarded-for': `prop-${run}` });
  const formData = toFormData(entries);
  let answer: Answer;
  try {
    answer = (await settle(spec.kind === 'form-only' ? actions[name](formData) : actions[name]({ status: 'idle' }, formData))) as Answer;
  } catch (error) {
    throw new Error(`${where} threw instead of answering: ${(error as Error).stack ?? error}`);
  }
  if (spec.kind === 'editor') return expectActionState(answer, language, where);
  if ('redirected' in answer) {
    expectLocalRedirect(answer.redirected, where);
    return 'redirect';
  }
  // The readers' alert forms answer codes; the page shows Alerts.errors.<code> in its language.
  const state = answer as { status: string; fieldErrors?: Record<string, string>; formError?: string };
  expect(spec.statuses, where).toContain(state.status);
  const { default: messages } = await import('@/messages/en.json');
  for (const code of [...Object.values(state.fieldErrors ?? {}), ...(state.formError ? [state.formError] : [])]) {
    expectUserText((messages.Alerts.errors as Record<string, string>)[code], 'en', `${where} code ${code}`);
  }
  return state.status === 'error' ? 'refused' : 'ok';
}

async function check(name: string, role: 'admin' | 'anonymous', numRuns: number) {
  const spec = actionSpecs[name];
  const fields = [...new Set(spec.fields.flatMap((field) => (typeof field === 'string' ? [field] : formFieldNames(field))))];
  const count = (tried[`${name}/${role}`] ??= { inputs: 0, accepted: 0, refused: 0 });
  if (role === 'admin') await spec.prepare?.(fixture);
  const details = await fc.check(
    fc.asyncProperty(formArbitrary(fields, (field) => spec.valid?.(field, fixture), spec.required), async (entries) => {
      const cookie = role === 'anonymous' ? null : spec.session ? await spec.session(fixture) : fixture.adminCookie;
      const outcome = await callOnce(name, entries, cookie);
      count.inputs++;
      count[outcome === 'refused' ? 'refused' : 'accepted']++;
      spec.after?.(fixture, outcome);
      if (role === 'anonymous' && !spec.public) expect(outcome, `${name} without a session`).toBe('refused');
    }),
    { seed: SEED, numRuns, endOnFailure: true },
  );
  // fast-check's own report prints the form in full (megabytes of it); this one shortens it.
  if (details.failed) {
    const form = details.counterexample ? describeForm(details.counterexample[0]) : '?';
    throw new Error(`${name} as ${role} failed after ${details.numRuns} forms (seed ${SEED}, path ${details.counterexamplePath}): ${form}\n${String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 3000)}`);
  }
  const db = await database();
  await expectConsistent((strings, ...values) => db.$queryRaw(strings, ...values), `after ${name} as ${role}`);
}

describe('every server action with arbitrary forms (fast-check)', () => {
  it('has a spec for every exported action, and no spec for one that is gone', () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionSpecs).sort());
  });

  it('without a session: the editors\' actions refuse every form and write nothing; the public ones answer', async () => {
    const db = await database();
    const query = (sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    const snapshot = await fingerprint(query);
    for (const name of Object.keys(actionSpecs).filter((name) => actionSpecs[name].kind === 'editor' && !actionSpecs[name].public)) {
      await check(name, 'anonymous', ANONYMOUS_RUNS);
    }
    expect(await fingerprint(query)).toEqual(snapshot);
    for (const name of Object.keys(actionSpecs).filter((name) => actionSpecs[name].kind !== 'editor' || actionSpecs[name].public)) {
      await check(name, 'anonymous', ANONYMOUS_RUNS);
    }
  });

  it('found by these properties: a second country with the same ISO code is a field error, not a 500', async () => {
    const save = (slug: string) => callOnce('saveCountryAction', [['locale', 'ru'], ['slug', `${slug}-${run}`], ['originalLocale', 'en'], ['version', '0'], ['texts.name.en', 'Country'], ['attributes.iso2', 'XQ']], fixture.adminCookie);
    expect(await save('prop-first')).toBe('redirect');
    actAs(fixture.adminCookie);
    const { saveCountryAction } = await import('@/lib/actions/records');
    const form = toFormData([['locale', 'ru'], ['slug', `prop-second-${run}`], ['originalLocale', 'en'], ['version', '0'], ['texts.name.en', 'Country'], ['attributes.iso2', 'XQ']]);
    expect(await saveCountryAction({ status: 'idle' }, form)).toMatchObject({ status: 'error', fieldErrors: { 'attributes.iso2': ['Этот код уже есть у другой страны.'] } });
  });

  for (const name of Object.keys(actionSpecs)) {
    it(`${name} as an admin: any form is answered (accepted, or refused with messages), never thrown`, async () => {
      await check(name, 'admin', actionSpecs[name].session ? SESSION_RUNS : ADMIN_RUNS);
    });
  }
});
