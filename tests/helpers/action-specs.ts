import fc from 'fast-check';
import type { z } from 'zod';
import { passwordChangeSchema, newUserSchema, signInSchema, userUpdateSchema } from '@/lib/validation/account';
import { editorSchema } from '@/lib/validation/editor';
import type { RecordTypeName } from '@/lib/validation/records';
import { sessionCookie } from './request-context';

/**
 * For each server action: the fields its form sends (names, or the schema that reads them),
 * values that would pass (so some forms get past validation and reach the data layer), and the
 * session it runs in. Read by tests/integration/action-properties.test.ts.
 */
export interface Fixture {
  run: string;
  password: string;
  admin: { id: string; email: string };
  /** Signs itself out and changes its own password: a fresh session for each form. */
  self: { id: string; email: string };
  target: { id: string; email: string };
  signer: { id: string; email: string };
  adminCookie: string;
  selfPasswordChanged?: boolean;
  /** A scratch record of this run, new for each workflow action. */
  recordId: string;
}

export interface ActionSpec {
  /** editor: ActionState; state: the alert forms' own states; form-only: (form) and a redirect. */
  kind: 'editor' | 'state' | 'form-only';
  /** Answers without a session (sign-in, the readers' forms). */
  public?: boolean;
  statuses?: string[];
  /** Fields a plausible form always has (the rest of those `valid` knows come and go). */
  required?: string[];
  fields: (string | z.ZodType)[];
  valid?: (field: string, fixture: Fixture) => fc.Arbitrary<string> | undefined;
  prepare?: (fixture: Fixture) => Promise<void>;
  session?: (fixture: Fixture) => Promise<string>;
  /** After each form, with how it ended. */
  after?: (fixture: Fixture, outcome: 'redirect' | 'ok' | 'refused') => void;
}

let serial = 0;
const unique = (make: (n: number) => string) => fc.constant(null).map(() => make(++serial));

/** Values a record form would send; the slug is new (or the seed's, which must conflict). */
function recordField(field: string, fixture: Fixture): fc.Arbitrary<string> | undefined {
  if (field === 'slug') return fc.oneof(unique((n) => `prop-${fixture.run}-${n}`), fc.constant('media-industrial-committee'));
  if (field === 'version') return fc.constantFrom('0', '0', '1');
  if (field === 'originalLocale' || field.endsWith('.en') || field.endsWith('.ru')) {
    if (field === 'originalLocale') return fc.constantFrom('en', 'ru');
    return fc.constantFrom('A name', 'Имя', 'Text with <b>markup</b> & "quotes"');
  }
  if (field === 'attributes.kind') return fc.constantFrom('OTHER', 'OTHER', 'OTHER', 'MEDIA', 'SUMMIT');
  if (field === 'attributes.iso2') return fc.constantFrom('ZZ', 'QQ', 'zz');
  if (field === 'date' || field === 'endDate') return fc.constantFrom('2021', '2021-03', '2021-03-15', '2021', '2021-02-30');
  if (field === 'id') return fc.oneof({ weight: 1, arbitrary: fc.constant(fixture.recordId) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 3, arbitrary: fc.constant(undefined as unknown as string) });
  if (field === 'intent') return fc.constantFrom('save', 'submit');
  // Mostly absent: one impossible relation or paragraph refuses the whole form.
  const seldom = (...values: string[]) => fc.oneof({ weight: 40, arbitrary: fc.constant(undefined as unknown as string) }, { weight: 1, arbitrary: fc.constantFrom(...values) });
  if (field.startsWith('relations.')) return seldom('organisation:media-industrial-committee', 'person:nobody-at-all', 'country:russia');
  if (field === 'evidence') return seldom('some-source#p-1', 'nope#p-99999');
  if (field === 'translationCurrent') return fc.constantFrom('name', 'quote');
  return undefined;
}

/** A new scratch record of this run, taken through these steps first (so the action applies). */
const scratchRecord = (...steps: ('submit' | 'publish' | 'archive' | 'delete')[]) =>
  async function prepare(fixture: Fixture) {
    const { saveRecord } = await import('@/lib/data/admin/record-save');
    const { transitionRecord } = await import('@/lib/data/admin/workflow');
    const { softDeleteRecord } = await import('@/lib/data/admin/deletion');
    const admin = { id: fixture.admin.id, email: fixture.admin.email, name: 'admin', role: 'admin' as const };
    const input = { type: 'person', slug: `prop-scratch-${fixture.run}-${++serial}`, originalLocale: 'en', aliases: [], attributes: {}, texts: { name: { en: 'Scratch' } }, version: 0, relations: {}, evidence: [], translationCurrent: [], intent: 'save' };
    const saved = await saveRecord(admin, 'person', input as never);
    if (!saved.ok) throw new Error(`scratch record refused: ${JSON.stringify(saved)}`);
    fixture.recordId = saved.record.id;
    for (const step of steps) {
      const done = step === 'delete' ? await softDeleteRecord(admin, saved.record.id, { confirmed: true }) : await transitionRecord(admin, saved.record.id, step);
      if (!done.ok) throw new Error(`scratch record: ${step} refused: ${JSON.stringify(done)}`);
    }
  };

/**
 * A fresh session of the account that signs itself out and changes its password (after a change
 * that went through, its password is put back first: hashing is slow, so only then).
 */
async function freshSelf(fixture: Fixture) {
  if (fixture.selfPasswordChanged) {
    const { db } = await import('@/lib/db/client');
    const { hashPassword } = await import('better-auth/crypto');
    await db().account.updateMany({ where: { userId: fixture.self.id, providerId: 'credential' }, data: { password: await hashPassword(fixture.password) } });
    fixture.selfPasswordChanged = false;
  }
  return sessionCookie(fixture.self.email, fixture.password);
}

const recordRequired = ['slug', 'version', 'originalLocale', 'texts.name.en', 'texts.quote.en', 'attributes.kind', 'attributes.iso2'];
const saver = (type: RecordTypeName): ActionSpec => ({ kind: 'editor', fields: [editorSchema(type)], valid: recordField, required: recordRequired, prepare: scratchRecord() });
const step = (prepare: ActionSpec['prepare'], fields: string[], extra: Record<string, fc.Arbitrary<string>> = {}): ActionSpec => ({
  kind: 'editor',
  fields,
  prepare,
  required: fields,
  valid: (field, fixture) => (field === 'id' ? fc.oneof({ weight: 4, arbitrary: fc.constant(fixture.recordId) }, { weight: 1, arbitrary: fc.uuid() }) : extra[field]),
});
/** Well-formed alert link tokens (43 characters of base64url) that name no alert. */
const token = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);

export const actionSpecs: Record<string, ActionSpec> = {
  saveStatementAction: saver('statement'),
  saveConferenceAction: saver('conference'),
  saveOrganisationAction: saver('organisation'),
  saveInitiativeAction: saver('initiative'),
  savePersonAction: saver('person'),
  saveSourceAction: saver('source'),
  saveCountryAction: saver('country'),
  submitForReviewAction: step(scratchRecord(), ['id']),
  publishAction: step(scratchRecord('submit'), ['id']),
  returnToDraftAction: step(scratchRecord('submit'), ['id']),
  archiveAction: step(scratchRecord('publish'), ['id']),
  unarchiveAction: step(scratchRecord('publish', 'archive'), ['id']),
  deleteRecordAction: step(scratchRecord(), ['id', 'confirmed'], { confirmed: fc.constant('yes') }),
  undeleteRecordAction: step(scratchRecord('delete'), ['id']),
  restoreRevisionAction: step(scratchRecord('publish'), ['id', 'version'], { version: fc.constantFrom('1', '2', '0') }),
  createDraftAction: {
    kind: 'editor',
    fields: ['type', 'name', 'nameLocale'],
    valid: (field, fixture) =>
      ({ type: fc.constantFrom('person', 'organisation'), name: unique((n) => `Prop ${fixture.run} ${n} Иван`), nameLocale: fc.constantFrom('en', 'ru') })[field],
  },
  signInAction: {
    kind: 'editor',
    public: true,
    fields: [signInSchema],
    valid: (field, fixture) =>
      ({ email: fc.constantFrom(fixture.signer.email, fixture.signer.email.toUpperCase(), `nobody-${fixture.run}@example.org`), password: fc.constant(fixture.password), next: fc.constantFrom('/admin/audit', '//evil.example/admin', 'https://evil.example') })[field],
  },
  signOutAction: { kind: 'editor', fields: [], session: freshSelf },
  changePasswordAction: {
    kind: 'editor',
    fields: [passwordChangeSchema],
    session: freshSelf,
    after: (fixture, outcome) => {
      if (outcome !== 'refused') fixture.selfPasswordChanged = true;
    },
    valid: (field, fixture) => ({ currentPassword: fc.constant(fixture.password), newPassword: fc.constant('another long password'), confirmPassword: fc.constant('another long password') })[field],
  },
  createUserAction: {
    kind: 'editor',
    fields: [newUserSchema],
    valid: (field, fixture) =>
      ({ email: fc.oneof(unique((n) => `prop-new-${n}-${fixture.run}@example.org`), fc.constant(fixture.target.email)), name: fc.constant('New'), role: fc.constantFrom('editor', 'reviewer', 'admin'), password: fc.constant('long enough password') })[field],
  },
  updateUserAction: {
    kind: 'editor',
    fields: [userUpdateSchema],
    valid: (field, fixture) => ({ id: fc.constantFrom(fixture.target.id, fixture.admin.id), role: fc.constantFrom('editor', 'reviewer', 'admin'), disabled: fc.constant('on') })[field],
  },
  subscribeAction: {
    kind: 'state',
    public: true,
    statuses: ['error', 'sent'],
    fields: ['email', 'frequency', 'language', 'follow', 'slug', 'q', 'type', 'organisation', 'country', 'year', 'lang'],
    valid: (field, fixture) =>
      ({
        email: fc.constantFrom(`prop-reader-${fixture.run}@example.org`, `PROP-READER-${fixture.run}@example.org `), frequency: fc.constantFrom('IMMEDIATE', 'DAILY', 'WEEKLY'),
        language: fc.constantFrom('en', 'ru'), follow: fc.constantFrom('organisation', 'person', 'statement'), slug: fc.constantFrom('media-industrial-committee', 'no-such-record'),
        q: fc.constantFrom('csto', 'терроризм'), type: fc.constantFrom('statement', 'organisation'), year: fc.constantFrom('2020', '1800'),
      })[field],
  },
  manageLinkAction: { kind: 'state', public: true, statuses: ['error', 'sent'], fields: ['email'], valid: (field, fixture) => (field === 'email' ? fc.constant(`prop-reader-${fixture.run}@example.org`) : undefined) },
  confirmAction: { kind: 'form-only', public: true, fields: ['token'], valid: () => token },
  cancelAction: { kind: 'form-only', public: true, fields: ['token', 'alert'], valid: (field) => (field === 'token' ? token : fc.oneof(fc.constant('all'), fc.uuid())) },
  unsubscribeAction: { kind: 'form-only', public: true, fields: ['token'], valid: () => token },
};
