import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { EditorInput } from '@/lib/validation/editor';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { removeTestRows } from '../helpers/request-context';
import { linkIn, startSmtpServer, tokenOf } from '../helpers/smtp';

/**
 * The whole life of an alert through a real SMTP server started here: a reader follows a search
 * (with a filter) in Russian, confirms by the link e-mailed to them, an editor writes a matching
 * statement and a reviewer publishes it through the editors' workflow, the digest arrives in
 * Russian with the link; publishing again sends nothing; the one-click unsubscribe of the
 * e-mail's List-Unsubscribe header stops it.
 */
pointAppAt();

const run = randomUUID().slice(0, 8);
let prisma: PrismaClient;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let job: typeof import('@/lib/alerts/job');
let transport: import('@/lib/alerts/transport').MailTransport;
let editor: SessionUser;
let reviewer: SessionUser;
const email = `reader.smtp.${run}@example.org`;

beforeAll(async () => {
  prisma = (await import('@/lib/db/client')).db();
  job = await import('@/lib/alerts/job');
  smtp = await startSmtpServer();
  transport = (await import('@/lib/alerts/transport')).smtpTransport(smtp.url);
  const { createAccount } = await import('@/lib/auth/accounts');
  const make = async (role: 'editor' | 'reviewer'): Promise<SessionUser> => {
    const user = { email: `${role}-alerts-${run}@example.org`, name: `${role} ${run}`, role };
    return { ...user, id: (await createAccount(prisma, { ...user, password: 'long enough password' })).id };
  };
  editor = await make('editor');
  reviewer = await make('reviewer');
});

afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await prisma?.alertReader.deleteMany({ where: { email } });
  await removeTestRows(run);
  await closeAppDatabase();
});

/** An editor writes a record (a draft), a reviewer publishes it: the editors' own data layer. */
async function publish(type: 'statement' | 'organisation', slug: string, name: { ru: string; en: string }, quote?: { ru: string; en: string }) {
  const { saveRecord } = await import('@/lib/data/admin/record-save');
  const { transitionRecord } = await import('@/lib/data/admin/workflow');
  const input = {
    type, slug: `${slug}-${run}`, originalLocale: 'ru', aliases: [], version: 0, relations: {}, evidence: [], translationCurrent: [], intent: 'save',
    attributes: type === 'organisation' ? { kind: 'OTHER' } : {},
    texts: type === 'statement' ? { name, quote: quote ?? name } : { name },
  } as EditorInput;
  const saved = await saveRecord(editor, type, input);
  expect(saved).toMatchObject({ ok: true });
  const id = (saved as { record: { id: string } }).record.id;
  expect(await transitionRecord(reviewer, id, 'publish')).toMatchObject({ ok: true });
  return id;
}

const runJob = () => job.runAlertJob({ transport });
const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

describe('alert e-mails through SMTP', () => {
  let unsubscribeAddress = '';

  it('follows a search as a reader and confirms it by the e-mailed link', async () => {
    const { requestSubscription } = await import('@/lib/data/alert-requests');
    const { subscribeSchema } = await import('@/lib/validation/alerts');
    const input = subscribeSchema.parse({
      email: ` Reader.SMTP.${run}@Example.org `,
      frequency: 'IMMEDIATE',
      language: 'ru',
      target: { kind: 'search', q: 'кибертерроризм', type: 'statement' },
    });
    expect(await requestSubscription(input)).toEqual({ ok: true });
    await runJob();

    const [confirmation] = mailTo(email);
    expect(confirmation, 'the confirmation e-mail arrived').toBeDefined();
    expect(confirmation.parsed.subject).toBe('Подтвердите оповещение: поиск «кибертерроризм» (Тип: Заявления)');
    expect(confirmation.parsed.headers.get('content-language')).toBe('ru');
    const link = linkIn(confirmation.parsed.text, /\/ru\/alerts\/confirm\//);

    const { confirmAlert } = await import('@/lib/data/alert-links');
    expect(await confirmAlert(tokenOf(link))).toMatchObject({ manageToken: expect.any(String) });
    const alert = await prisma.alertSubscription.findFirstOrThrow({ where: { reader: { email } }, select: { confirmedAt: true } });
    expect(alert.confirmedAt).not.toBeNull();
  });

  it('sends nothing while nothing new matches', async () => {
    const before = mailTo(email).length;
    const result = await runJob();
    expect(result.sent).toBe(0);
    expect(mailTo(email)).toHaveLength(before);
  });

  it('e-mails the digest, in Russian with the link, when a reviewer publishes a matching statement', async () => {
    // It matches the words, but it is not a statement: the alert's type filter leaves it out.
    await publish('organisation', 'test-alert-centre', { ru: 'Центр по борьбе с кибертерроризмом', en: 'Centre for countering cyberterrorism' });
    await publish(
      'statement',
      'test-alert-cyberterrorism',
      { ru: 'Заявление о борьбе с кибертерроризмом <проект>', en: 'Statement on countering cyberterrorism <draft>' },
      { ru: 'Кибертерроризм угрожает всем.', en: 'Cyberterrorism threatens everyone.' },
    );
    const before = mailTo(email).length;
    const result = await runJob();
    expect(result).toMatchObject({ deliveries: 1, digests: 1, sent: 1 });

    const digests = mailTo(email).slice(before);
    expect(digests).toHaveLength(1);
    const { parsed, raw } = digests[0];
    expect(parsed.subject).toBe('1 новая запись: поиск «кибертерроризм» (Тип: Заявления)');
    expect(parsed.text).toContain('Заявление о борьбе с кибертерроризмом <проект>');
    expect(parsed.text).toContain(`http://localhost:3000/ru/statements/test-alert-cyberterrorism-${run}`);
    expect(parsed.text).not.toContain('Statement on countering');
    expect(parsed.text).not.toContain('Центр');
    // The HTML part has the same link, and the title escaped.
    const html = String(parsed.html);
    expect(html).toContain(`href="http://localhost:3000/ru/statements/test-alert-cyberterrorism-${run}"`);
    expect(html).toContain('кибертерроризмом &lt;проект&gt;');
    expect(html).toContain('<html lang="ru">');
    // One-click unsubscribe (RFC 8058) and a visible unsubscribe link.
    const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    unsubscribeAddress = headers.match(/^List-Unsubscribe: <([^>]+)>$/m)?.[1] ?? '';
    expect(unsubscribeAddress).toMatch(/^http:\/\/localhost:3000\/api\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(parsed.text).toMatch(/Отписаться от этого оповещения: http:\/\/localhost:3000\/ru\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}/);
  });

  it('sends nothing new when the same statement is published again, in this run or the next', async () => {
    const { transitionRecord } = await import('@/lib/data/admin/workflow');
    const id = (await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'STATEMENT', slug: `test-alert-cyberterrorism-${run}` } }, select: { id: true } })).id;
    expect(await transitionRecord(reviewer, id, 'archive')).toMatchObject({ ok: true });
    expect(await transitionRecord(reviewer, id, 'unarchive')).toMatchObject({ ok: true });
    const before = mailTo(email).length;
    expect((await runJob()).sent).toBe(0);
    expect((await runJob()).sent).toBe(0);
    expect(mailTo(email)).toHaveLength(before);
    expect(await prisma.alertDelivery.count({ where: { subscription: { reader: { email } } } })).toBe(1);
  });

  it('stops after the one-click unsubscribe of the List-Unsubscribe header', async () => {
    const { POST } = await import('@/app/api/alerts/unsubscribe/[token]/route');
    const token = tokenOf(unsubscribeAddress);
    const params = { params: Promise.resolve({ token }) };
    const post = (body: string) =>
      POST(new Request(unsubscribeAddress, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body }), params);

    expect((await post('something=else')).status).toBe(400);
    const response = await post('List-Unsubscribe=One-Click');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Письма об этом оповещении больше не будут приходить');
    expect(await prisma.alertSubscription.count({ where: { reader: { email } } })).toBe(0);

    await publish('statement', 'test-alert-cyberterrorism-again', { ru: 'Ещё одно заявление о кибертерроризме', en: 'Another statement on cyberterrorism' });
    const before = mailTo(email).length;
    expect((await runJob()).sent).toBe(0);
    expect(mailTo(email)).toHaveLength(before);
    // The link is used up: a second POST finds nothing.
    expect((await post('List-Unsubscribe=One-Click')).status).toBe(404);
  });
});
