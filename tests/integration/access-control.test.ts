import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { actAs, cacheMock, form, headersMock, sessionCookie, settle, removeTestRows } from '../helpers/request-context';

vi.mock('next/headers', () => headersMock());
vi.mock('next/cache', (original) => cacheMock(original as () => Promise<Record<string, unknown>>));

// Every server action, called without a session and as an editor where a reviewer or an admin is
// required: each is refused with a message and writes nothing. The list of actions is read from
// the action modules, so a new action that is not in the table below fails this test.
pointAppAt();
process.env.AUTH_SECRET ??= 'test-secret-for-vitest-only-0123456789abcdef';

type Action = (previous: { status: 'idle' }, formData: FormData) => Promise<unknown>;
const PASSWORD = 'correct horse battery';
const run = randomUUID().slice(0, 8);
let editorCookie = '';
let recordId = '';
let userId = '';
let targetUserId = '';
const cookies: Record<string, string> = {};
const actions: Record<string, Action> = {};

/** Who may call each action (null: anyone, it is the sign-in) and a form that would pass validation. */
const table: Record<string, { role: 'editor' | 'reviewer' | 'admin' | null; fields: () => Record<string, string | string[]> }> = {
  saveStatementAction: { role: 'editor', fields: () => ({ slug: `ac-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Access test', 'texts.quote.en': 'Quote' }) },
  saveConferenceAction: { role: 'editor', fields: () => ({ slug: `ac-conf-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Conf', 'attributes.kind': 'OTHER' }) },
  saveOrganisationAction: { role: 'editor', fields: () => ({ slug: `ac-org-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Org', 'attributes.kind': 'OTHER' }) },
  saveInitiativeAction: { role: 'editor', fields: () => ({ slug: `ac-ini-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Ini', 'attributes.kind': 'OTHER' }) },
  savePersonAction: { role: 'editor', fields: () => ({ slug: `ac-per-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Per' }) },
  saveSourceAction: { role: 'editor', fields: () => ({ slug: `ac-src-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Src', 'attributes.kind': 'OTHER' }) },
  saveCountryAction: { role: 'editor', fields: () => ({ slug: `ac-cty-${run}`, originalLocale: 'en', version: '0', 'texts.name.en': 'Cty', 'attributes.iso2': 'ZZ' }) },
  submitForReviewAction: { role: 'editor', fields: () => ({ id: recordId }) },
  publishAction: { role: 'reviewer', fields: () => ({ id: recordId }) },
  returnToDraftAction: { role: 'reviewer', fields: () => ({ id: recordId }) },
  archiveAction: { role: 'reviewer', fields: () => ({ id: recordId }) },
  unarchiveAction: { role: 'reviewer', fields: () => ({ id: recordId }) },
  deleteRecordAction: { role: 'reviewer', fields: () => ({ id: recordId, confirmed: 'yes' }) },
  undeleteRecordAction: { role: 'reviewer', fields: () => ({ id: recordId }) },
  restoreRevisionAction: { role: 'reviewer', fields: () => ({ id: recordId, version: '1' }) },
  createDraftAction: { role: 'editor', fields: () => ({ type: 'person', name: `Person ${run}`, nameLocale: 'en' }) },
  signInAction: { role: null, fields: () => ({}) },
  signOutAction: { role: 'editor', fields: () => ({}) },
  changePasswordAction: { role: 'editor', fields: () => ({ currentPassword: PASSWORD, newPassword: 'another password 1', confirmPassword: 'another password 1' }) },
  createUserAction: { role: 'admin', fields: () => ({ email: `new-${run}@example.org`, name: 'New', role: 'admin', password: 'long enough password' }) },
  updateUserAction: { role: 'admin', fields: () => ({ id: targetUserId, role: 'reviewer' }) },
};

async function counts() {
  const { db } = await import('@/lib/db/client');
  const [records, revisions, links, users, auditLog, texts] = await Promise.all([
    db().record.count(), db().revision.count(), db().link.count(), db().user.count(), db().auditLog.count(), db().recordText.count(),
  ]);
  const state = await db().record.findUnique({ where: { id: recordId }, select: { state: true, deletedAt: true, version: true } });
  const user = await db().user.findUnique({ where: { id: targetUserId }, select: { role: true } });
  return { records, revisions, links, users, auditLog, texts, state, user };
}

beforeAll(async () => {
  const { db } = await import('@/lib/db/client');
  const { createAccount } = await import('@/lib/auth/accounts');
  userId = (await createAccount(db(), { email: `editor-${run}@example.org`, name: 'Editor', role: 'editor', password: PASSWORD })).id;
  editorCookie = await sessionCookie(`editor-${run}@example.org`, PASSWORD);
  targetUserId = (await createAccount(db(), { email: `target-${run}@example.org`, name: 'Target', role: 'editor', password: PASSWORD })).id;
  for (const role of ['reviewer', 'admin'] as const) {
    await createAccount(db(), { email: `${role}-${run}@example.org`, name: role, role, password: PASSWORD });
    cookies[role] = await sessionCookie(`${role}-${run}@example.org`, PASSWORD);
  }
  cookies.editor = editorCookie;
  // A scratch record, so the allowed calls below (publish, delete …) touch nothing of the seed's.
  const { saveRecord } = await import('@/lib/data/admin/record-save');
  const editor = { id: userId, email: `editor-${run}@example.org`, name: 'Editor', role: 'editor' as const };
  const saved = await saveRecord(editor, 'person', { type: 'person', slug: `scratch-${run}`, originalLocale: 'en', aliases: [], attributes: {}, texts: { name: { en: 'Scratch' } }, version: 0, relations: {}, evidence: [], translationCurrent: [], intent: 'save' } as never);
  recordId = (saved as { record: { id: string } }).record.id;
  const modules = await Promise.all([
    import('@/lib/actions/records'), import('@/lib/actions/workflow'), import('@/lib/actions/inline-create'),
    import('@/lib/actions/auth'), import('@/lib/actions/users'),
  ]);
  for (const exports of modules) for (const [name, value] of Object.entries(exports)) if (typeof value === 'function') actions[name] = value as Action;
});
afterAll(async () => {
  await removeTestRows(run);
  await closeAppDatabase();
});

describe('access control of server actions', () => {
  it('the table names every exported action', () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(table).sort());
  });

  it('without a session every action but sign-in is refused and nothing is written', async () => {
    actAs(null);
    const before = await counts();
    for (const [name, rule] of Object.entries(table)) {
      if (rule.role === null) continue;
      const result = (await settle(actions[name]({ status: 'idle' }, form(rule.fields())))) as { status: string; message: string };
      expect(result, name).toMatchObject({ status: 'error', message: 'Your session has ended. Sign in again; nothing was saved.' });
    }
    expect(await counts()).toEqual(before);
  });

  it('an editor is refused every action a reviewer or an admin must take, and nothing is written', async () => {
    actAs(editorCookie);
    const before = await counts();
    const refused = Object.entries(table).filter(([, rule]) => rule.role === 'reviewer' || rule.role === 'admin');
    expect(refused.length).toBe(9);
    for (const [name, rule] of refused) {
      const result = (await settle(actions[name]({ status: 'idle' }, form(rule.fields())))) as { status: string; message: string };
      expect(result, name).toMatchObject({ status: 'error', message: 'Your role does not allow this. Nothing was changed.' });
    }
    expect(await counts()).toEqual(before);
  });

  it('the data layer refuses on its own too, whoever calls it', async () => {
    const { transitionRecord } = await import('@/lib/data/admin/workflow');
    const { softDeleteRecord } = await import('@/lib/data/admin/deletion');
    const editor = { id: userId, email: `editor-${run}@example.org`, name: 'Editor', role: 'editor' as const };
    await expect(transitionRecord(editor, recordId, 'publish')).rejects.toThrow('Your role does not allow this.');
    await expect(softDeleteRecord(editor, recordId, { confirmed: true })).rejects.toThrow('Your role does not allow this.');
  });

  it('forged role, author and type fields change nothing: the session decides', async () => {
    actAs(editorCookie);
    const { db } = await import('@/lib/db/client');
    const result = await settle(
      actions.saveStatementAction({ status: 'idle' }, form({ ...table.saveStatementAction.fields(), role: 'admin', authorId: 'someone-else', type: 'organisation', state: 'PUBLISHED' })),
    );
    expect(result).toMatchObject({ redirected: expect.stringContaining(`/admin/statements/ac-${run}`) });
    const saved = await db().record.findFirstOrThrow({ where: { slug: `ac-${run}` }, select: { type: true, state: true, revisions: { select: { authorId: true } } } });
    expect(saved).toEqual({ type: 'STATEMENT', state: 'DRAFT', revisions: [{ authorId: userId }] });
  });

  it('each role may call exactly what the permission table gives it (reviewer, admin)', async () => {
    const rank = { editor: 1, reviewer: 2, admin: 3 } as const;
    for (const role of ['reviewer', 'admin'] as const) {
      const ordered = Object.entries(table).filter(([, rule]) => rule.role !== null).sort(([a], [b]) => Number(a === 'signOutAction') - Number(b === 'signOutAction'));
      for (const [name, rule] of ordered) {
        actAs(cookies[role]);
        const before = await counts();
        const fields = name === 'changePasswordAction' ? { currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD } : rule.fields();
        const result = (await settle(actions[name]({ status: 'idle' }, form(fields)))) as { status?: string; message?: string; redirected?: string };
        const allowed = rank[role] >= rank[rule.role!];
        const refused = result.message === 'Your role does not allow this. Nothing was changed.' || Boolean(result.message?.startsWith('Your session has ended'));
        expect(refused, `${role} → ${name}: ${JSON.stringify(result)}`).toBe(!allowed);
        if (!allowed) expect(await counts(), `${role} → ${name}`).toEqual(before);
        // A password change replaces the session (the browser gets the new cookie); so does the test.
        if (name === 'changePasswordAction') cookies[role] = await sessionCookie(`${role}-${run}@example.org`, PASSWORD);
      }
    }
  });
});