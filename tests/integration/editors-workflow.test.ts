import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import type { EditorInput } from '@/lib/validation/editor';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { removeTestRows } from '../helpers/request-context';

// The editors' data layer end to end on a real database: saves with revisions and audit entries,
// translation statuses, the translation queue, conflicts, soft delete and restore, restore from
// history, and the workflow's states.
pointAppAt();

const run = randomUUID().slice(0, 8);
let editor: SessionUser;
let reviewer: SessionUser;

const statement = (overrides: Partial<EditorInput> = {}): EditorInput => ({
  type: 'statement', slug: `wf-${run}`, originalLocale: 'ru', aliases: [], attributes: {},
  texts: { name: { ru: `Заявление ${run}`, en: `Statement ${run}` }, quote: { ru: 'Мы договорились.', en: 'We agreed.' } },
  version: 0, relations: { SPEAKER: [{ type: 'organisation', slug: 'csto' }], CONCERNS: [{ type: 'initiative', slug: 'operation-proxy' }] },
  evidence: [], translationCurrent: [], intent: 'save',
  ...overrides,
} as EditorInput);

const lib = {
  save: () => import('@/lib/data/admin/record-save'),
  workflow: () => import('@/lib/data/admin/workflow'),
  deletion: () => import('@/lib/data/admin/deletion'),
  revisions: () => import('@/lib/data/admin/revisions'),
  queue: () => import('@/lib/data/admin/translation-queue'),
  records: () => import('@/lib/data/records'),
  db: async () => (await import('@/lib/db/client')).db(),
};

beforeAll(async () => {
  const db = await lib.db();
  const { createAccount } = await import('@/lib/auth/accounts');
  const make = async (role: 'editor' | 'reviewer') => {
    const email = `${role}-wf-${run}@example.org`;
    const { id } = await createAccount(db, { email, name: `${role} ${run}`, role, password: 'long enough password' });
    return { id, email, name: `${role} ${run}`, role };
  };
  editor = await make('editor');
  reviewer = await make('reviewer');
});
afterAll(async () => {
  await removeTestRows(run);
  await closeAppDatabase();
});

describe('editors: saving, history and workflow', () => {
  let id = '';

  it('a new record is a draft with its texts, relations, first revision and audit entry', async () => {
    const { saveRecord } = await lib.save();
    const result = await saveRecord(editor, 'statement', statement());
    expect(result).toMatchObject({ ok: true, record: { slug: `wf-${run}`, version: 1, state: 'DRAFT' } });
    id = (result as { record: { id: string } }).record.id;
    const db = await lib.db();
    const row = await db.record.findUniqueOrThrow({
      where: { id },
      select: { state: true, texts: { select: { field: true, locale: true, status: true }, orderBy: [{ field: 'asc' }, { locale: 'asc' }] }, linksFrom: { select: { role: true } }, revisions: { select: { version: true, authorId: true } } },
    });
    expect(row.texts).toEqual([
      { field: 'name', locale: 'ru', status: 'ORIGINAL' }, { field: 'name', locale: 'en', status: 'TRANSLATION' },
      { field: 'quote', locale: 'ru', status: 'ORIGINAL' }, { field: 'quote', locale: 'en', status: 'TRANSLATION' },
    ]);
    expect(row.linksFrom.map((link) => link.role).sort()).toEqual(['CONCERNS', 'SPEAKER']);
    expect(row.revisions).toEqual([{ version: 1, authorId: editor.id }]);
    expect(await db.auditLog.count({ where: { recordId: id, action: 'record.create', actorId: editor.id } })).toBe(1);
    // A draft is not public.
    expect(await (await lib.records()).getRecordBySlug('statement', `wf-${run}`)).toBeNull();
  });

  it('changing the original marks the untouched translation outdated, and the queue lists it', async () => {
    const { saveRecord } = await lib.save();
    const result = await saveRecord(editor, 'statement', statement({ id, version: 1, texts: { name: { ru: `Заявление ${run}`, en: `Statement ${run}` }, quote: { ru: 'Мы договорились обо всём.', en: 'We agreed.' } } }));
    expect(result).toMatchObject({ ok: true, record: { version: 2 } });
    const db = await lib.db();
    expect(await db.recordText.findFirst({ where: { recordId: id, field: 'quote', locale: 'en' }, select: { status: true } })).toEqual({ status: 'OUTDATED' });
    const { translationQueue } = await lib.queue();
    const queue = await translationQueue(editor, { type: 'statement', locale: 'en', page: 1 });
    expect(queue.items.find((item) => item.slug === `wf-${run}`)).toMatchObject({ outdated: [{ field: 'quote', locale: 'en' }], missing: [] });
    const russianQueue = await translationQueue(editor, { type: 'statement', locale: 'ru', page: 1 });
    expect(russianQueue.items.some((item) => item.slug === `wf-${run}`)).toBe(false);
  });

  it('a save at an old version is refused with what changed meanwhile; nothing is overwritten', async () => {
    const { saveRecord } = await lib.save();
    const stale = await saveRecord(reviewer, 'statement', statement({ id, version: 1, texts: { name: { ru: `Другое ${run}`, en: `Statement ${run}` }, quote: { ru: 'Мы договорились.', en: 'We agreed.' } } }));
    expect(stale).toMatchObject({ ok: false, conflict: { version: 2, by: editor.name } });
    const changes = (stale as { conflict: { changes: { field: string; after: string }[] } }).conflict.changes;
    expect(changes).toEqual([{ field: 'texts.quote.ru', before: 'Мы договорились.', after: 'Мы договорились обо всём.' }]);
    const db = await lib.db();
    expect(await db.record.findUniqueOrThrow({ where: { id }, select: { version: true } })).toEqual({ version: 2 });
    expect(await db.revision.count({ where: { recordId: id } })).toBe(2);
  });

  it('an unknown relation target or a taken slug is a field error, and nothing is written', async () => {
    const { saveRecord } = await lib.save();
    const missing = await saveRecord(editor, 'statement', statement({ slug: `wf2-${run}`, relations: { SPEAKER: [{ type: 'person', slug: 'nobody-at-all' }] } }));
    expect(missing).toEqual({ ok: false, fieldErrors: { 'relations.SPEAKER': ['notFound'] } });
    const taken = await saveRecord(editor, 'statement', statement({ slug: `wf-${run}` }));
    expect(taken).toEqual({ ok: false, fieldErrors: { slug: ['slugTaken'] } });
    expect(await (await lib.db()).record.count({ where: { slug: `wf2-${run}` } })).toBe(0);
  });

  it('a country code another country has is a field error, not a failure, and nothing is written', async () => {
    const { saveRecord } = await lib.save();
    const country = {
      type: 'country', slug: `wfc-${run}`, originalLocale: 'en', aliases: [], attributes: { iso2: 'KZ' }, texts: { name: { ru: undefined, en: `Country ${run}` } },
      version: 0, relations: {}, evidence: [], translationCurrent: [], intent: 'save',
    } as EditorInput;
    expect(await saveRecord(editor, 'country', country)).toEqual({ ok: false, fieldErrors: { 'attributes.iso2': ['iso2Taken'] } });
    expect(await (await lib.db()).record.count({ where: { slug: `wfc-${run}` } })).toBe(0);
  });

  it('restore from history saves the old content as a new version', async () => {
    const { restoreRevision } = await lib.revisions();
    const result = await restoreRevision(reviewer, id, 1);
    expect(result).toMatchObject({ ok: true, record: { version: 3 } });
    const db = await lib.db();
    expect(await db.recordText.findFirst({ where: { recordId: id, field: 'quote', locale: 'ru' }, select: { text: true } })).toEqual({ text: 'Мы договорились.' });
    const { listRevisions, compareRevisions } = await lib.revisions();
    const revisions = await listRevisions(editor, id);
    expect(revisions.map((revision) => [revision.version, revision.author, revision.summary])).toEqual([[3, reviewer.name, '↺ 1'], [2, editor.name, null], [1, editor.name, null]]);
    expect(await compareRevisions(editor, id, 1, 3)).toEqual([]);
    expect((await compareRevisions(editor, id, 2, 3))?.map((change) => change.field)).toEqual(['texts.quote.ru']);
  });

  it('workflow: submit, publish (public at once), archive, publish again; wrong steps are refused', async () => {
    const { transitionRecord } = await lib.workflow();
    expect(await transitionRecord(reviewer, id, 'archive')).toEqual({ ok: false, formError: 'wrongState' });
    expect(await transitionRecord(editor, id, 'submit')).toMatchObject({ ok: true, record: { state: 'IN_REVIEW' } });
    expect(await transitionRecord(reviewer, id, 'publish')).toMatchObject({ ok: true, record: { state: 'PUBLISHED' } });
    const { getRecordBySlug } = await lib.records();
    expect(await getRecordBySlug('statement', `wf-${run}`)).toMatchObject({ slug: `wf-${run}` });
    expect(await transitionRecord(reviewer, id, 'archive')).toMatchObject({ ok: true, record: { state: 'ARCHIVED' } });
    expect(await getRecordBySlug('statement', `wf-${run}`)).toBeNull();
    expect(await transitionRecord(reviewer, id, 'unarchive')).toMatchObject({ ok: true, record: { state: 'PUBLISHED' } });
    const db = await lib.db();
    const actions = (await db.auditLog.findMany({ where: { recordId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((entry) => entry.action);
    expect(actions).toEqual(['record.create', 'record.update', 'record.update', 'record.submit', 'record.publish', 'record.archive', 'record.unarchive']);
  });

  it('soft delete asks first when others link here, hides the record, and restore brings it back', async () => {
    const { softDeleteRecord, restoreDeletedRecord } = await lib.deletion();
    const db = await lib.db();
    const csto = await db.record.findFirstOrThrow({ where: { type: 'ORGANISATION', slug: 'csto' }, select: { id: true } });
    const asked = await softDeleteRecord(reviewer, csto.id, { confirmed: false });
    expect(asked.ok).toBe(false);
    expect((asked as { referrers: { slug: string }[] }).referrers.map((referrer) => referrer.slug)).toContain(`wf-${run}`);
    expect(await db.record.findUniqueOrThrow({ where: { id: csto.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });

    expect(await softDeleteRecord(reviewer, id, { confirmed: false })).toMatchObject({ ok: true });
    const { getRecordBySlug } = await lib.records();
    expect(await getRecordBySlug('statement', `wf-${run}`)).toBeNull();
    expect(await db.searchDocument.count({ where: { recordId: id } })).toBe(0);
    expect(await db.record.count({ where: { id } })).toBe(1);

    expect(await restoreDeletedRecord(reviewer, id)).toMatchObject({ ok: true });
    expect(await getRecordBySlug('statement', `wf-${run}`)).toMatchObject({ slug: `wf-${run}`, links: expect.arrayContaining([expect.objectContaining({ role: 'SPEAKER' })]) });
    expect(await db.searchDocument.count({ where: { recordId: id } })).toBe(1);
  });
});
