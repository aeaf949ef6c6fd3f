import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { statementFixtures } from '../helpers/records';
import { linkIn, startSmtpServer, tokenOf } from '../helpers/smtp';

/**
 * The whole life of an alert through a real SMTP server started here: a reader follows a search
 * (with a filter) in Russian, confirms by the link e-mailed to them, a matching statement is
 * published, the digest arrives in Russian with the link; publishing again sends nothing; the
 * one-click unsubscribe of the e-mail's List-Unsubscribe header stops it.
 */
pointAppAt();

let prisma: PrismaClient;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let job: typeof import('@/lib/alerts/job');
let transport: import('@/lib/alerts/transport').MailTransport;
let fixtures: ReturnType<typeof statementFixtures>;
const email = 'reader.smtp@example.org';

beforeAll(async () => {
  prisma = (await import('@/lib/db/client')).db();
  job = await import('@/lib/alerts/job');
  smtp = await startSmtpServer();
  transport = (await import('@/lib/alerts/transport')).smtpTransport(smtp.url);
  fixtures = statementFixtures(prisma);
});

afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await fixtures?.removeAll();
  await prisma?.alertReader.deleteMany({ where: { email } });
  await closeAppDatabase();
});

const run = () => job.runAlertJob({ transport });
const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

describe('alert e-mails through SMTP', () => {
  let unsubscribeAddress = '';

  it('follows a search as a reader and confirms it by the e-mailed link', async () => {
    const { requestSubscription } = await import('@/lib/data/alert-requests');
    const { subscribeSchema } = await import('@/lib/validation/alerts');
    const input = subscribeSchema.parse({
      email: ' Reader.SMTP@example.org ',
      frequency: 'IMMEDIATE',
      language: 'ru',
      target: { kind: 'search', q: 'кибертерроризм', type: 'statement' },
    });
    expect(await requestSubscription(input)).toEqual({ ok: true });
    await run();

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
    const result = await run();
    expect(result.sent).toBe(0);
    expect(mailTo(email)).toHaveLength(before);
  });

  it('e-mails the digest, in Russian with the link, when a reviewer publishes a matching statement', async () => {
    // Not a statement: the alert's type filter leaves it out.
    await fixtures.create({ slug: 'test-alert-not-a-match', name: { ru: 'Черновик о погоде', en: 'A draft about the weather' } });
    await fixtures.create({
      slug: 'test-alert-cyberterrorism',
      name: { ru: 'Заявление о борьбе с кибертерроризмом <проект>', en: 'Statement on countering cyberterrorism <draft>' },
      quote: { ru: 'Кибертерроризм угрожает всем.', en: 'Cyberterrorism threatens everyone.' },
    });
    const before = mailTo(email).length;
    const result = await run();
    expect(result).toMatchObject({ deliveries: 1, digests: 1, sent: 1 });

    const digests = mailTo(email).slice(before);
    expect(digests).toHaveLength(1);
    const { parsed, raw } = digests[0];
    expect(parsed.subject).toBe('1 новая запись: поиск «кибертерроризм» (Тип: Заявления)');
    expect(parsed.text).toContain('Заявление о борьбе с кибертерроризмом <проект>');
    expect(parsed.text).toContain('http://localhost:3000/ru/statements/test-alert-cyberterrorism');
    expect(parsed.text).not.toContain('Statement on countering');
    expect(parsed.text).not.toContain('погоде');
    // The HTML part has the same link, and the title escaped.
    const html = String(parsed.html);
    expect(html).toContain('href="http://localhost:3000/ru/statements/test-alert-cyberterrorism"');
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
    const id = (await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'STATEMENT', slug: 'test-alert-cyberterrorism' } }, select: { id: true } })).id;
    await fixtures.setState(id, 'ARCHIVED');
    await fixtures.setState(id, 'PUBLISHED');
    const before = mailTo(email).length;
    expect((await run()).sent).toBe(0);
    expect((await run()).sent).toBe(0);
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

    await fixtures.create({
      slug: 'test-alert-cyberterrorism-2',
      name: { ru: 'Ещё одно заявление о кибертерроризме', en: 'Another statement on cyberterrorism' },
    });
    const before = mailTo(email).length;
    expect((await run()).sent).toBe(0);
    expect(mailTo(email)).toHaveLength(before);
    // The link is used up: a second POST finds nothing.
    expect((await post('List-Unsubscribe=One-Click')).status).toBe(404);
  });
});
