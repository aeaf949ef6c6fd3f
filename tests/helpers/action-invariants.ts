import { expect } from 'vitest';

/**
 * What must hold after any server action, whatever it was sent: checks on its answer (a
 * localized message, never an exception's text) and on the database (no half-written record).
 */
const CYRILLIC = /[а-яё]/i;
const LEAKS = /Error:|\bat [\w.<>]+ \(|prisma|\bP\d{4}\b|invalid input syntax|violates|constraint|ECONN|undefined|\[object Object\]/i;
// next-intl prints a missing message as its dotted key.
const MISSING = /^(Admin|Validation|Alerts)\.[\w.]+$/;

/** A message a user reads: non-empty, in the form's language, no stack trace or database text. */
export function expectUserText(text: unknown, locale: string, where: string) {
  expect(typeof text, where).toBe('string');
  const message = text as string;
  expect(message.trim().length, where).toBeGreaterThan(0);
  expect(message, where).not.toMatch(LEAKS);
  expect(message, where).not.toMatch(MISSING);
  if (locale === 'ru') expect(message, `${where}: Russian expected`).toMatch(CYRILLIC);
  else expect(message, `${where}: English expected`).not.toMatch(CYRILLIC);
}

export type Answer = { redirected: string } | { status?: unknown; message?: unknown; fieldErrors?: unknown };

/** A redirect stays on this site and in a language of it (no open redirect). */
export function expectLocalRedirect(target: string, where: string) {
  expect(target, where).toMatch(/^\/(en|ru)(\/|$|\?)/);
  expect(target, where).not.toMatch(/^\/\/|\\/);
}

/** The editors' ActionState (lib/actions/action-state.ts), or the redirect that ends a success. */
export function expectActionState(answer: Answer, locale: string, where: string): 'redirect' | 'ok' | 'refused' {
  if ('redirected' in answer) {
    expectLocalRedirect(answer.redirected, where);
    return 'redirect';
  }
  expect(['idle', 'ok', 'error'], where).toContain(answer.status);
  if (answer.message !== undefined) expectUserText(answer.message, locale, `${where} message`);
  if (answer.fieldErrors !== undefined) {
    expect(answer.fieldErrors, where).toBeTypeOf('object');
    for (const [field, list] of Object.entries(answer.fieldErrors as Record<string, unknown>)) {
      expect(Array.isArray(list) && list.length > 0, `${where} fieldErrors.${field}`).toBe(true);
      for (const text of list as unknown[]) expectUserText(text, locale, `${where} fieldErrors.${field}`);
    }
  }
  if (answer.status === 'error') {
    // A refusal says why: at least a message (the field errors come with one).
    expect(answer.message, `${where}: a refusal without a message`).toBeDefined();
    return 'refused';
  }
  return 'ok';
}

type Query = <T>(sql: TemplateStringsArray, ...values: unknown[]) => Promise<T>;

/**
 * The database after a burst of arbitrary calls: every record has the revision of its current
 * version, every account can sign in (a credential row), and nothing polluted Object.prototype.
 */
export async function expectConsistent(query: Query, where: string) {
  const orphans = await query<{ slug: string; version: number }[]>`
    SELECT r.slug, r.version FROM "Record" r
    WHERE NOT EXISTS (SELECT 1 FROM "Revision" v WHERE v."recordId" = r.id AND v.version = r.version)`;
  expect(orphans, `${where}: records whose version has no revision`).toEqual([]);
  const textless = await query<{ slug: string }[]>`
    SELECT r.slug FROM "Record" r WHERE NOT EXISTS (SELECT 1 FROM "RecordText" t WHERE t."recordId" = r.id AND t.field = 'name')`;
  expect(textless, `${where}: records without a name`).toEqual([]);
  const accountless = await query<{ email: string }[]>`
    SELECT u.email FROM "user" u WHERE NOT EXISTS (SELECT 1 FROM "account" a WHERE a."userId" = u.id AND a."providerId" = 'credential')`;
  expect(accountless, `${where}: users without a password`).toEqual([]);
  expect(({} as Record<string, unknown>).polluted, `${where}: Object.prototype polluted`).toBeUndefined();
}
