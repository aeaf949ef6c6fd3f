import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { SubscribeInput } from '@/lib/validation/alerts';
import { closeAppDatabase, pointAppAt } from '../helpers/app-database';
import { statementFixtures } from '../helpers/records';
import { linkIn, startSmtpServer, tokenOf } from '../helpers/smtp';

/**
 * The alert job's promises beyond the happy path, against a real SMTP server: failed sends are
 * retried with backoff and reported, digests keep their schedule, follows match related records
 * only, requests are rate-limited per address, the manage link lists and cancels, concurrent
 * runs never send a record twice.
 */
pointAppAt();

let prisma: PrismaClient;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: import('@/lib/alerts/transport').MailTransport;
let runAlertJob: typeof import('@/lib/alerts/job').runAlertJob;
let requests: typeof import('@/lib/data/alert-requests');
let links: typeof import('@/lib/data/alert-links');
let report: typeof import('@/lib/data/alert-admin').alertDeliveryReport;
let fixtures: ReturnType<typeof statementFixtures>;

const DOMAIN = 'job.example.org';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  prisma = (await import('@/lib/db/client')).db();
  ({ runAlertJob } = await import('@/lib/alerts/job'));
  requests = await import('@/lib/data/alert-requests');
  links = await import('@/lib/data/alert-links');
  ({ alertDeliveryReport: report } = await import('@/lib/data/alert-admin'));
  smtp = await startSmtpServer();
  transport = (await import('@/lib/alerts/transport')).smtpTransport(smtp.url);
  fixtures = statementFixtures(prisma);
});

afterAll(async () => {
  transport?.close();
  await smtp?.close();
  await fixtures?.removeAll();
  await prisma?.alertReader.deleteMany({ where: { email: { endsWith: `@${DOMAIN}` } } });
  await closeAppDatabase();
});

const run = (now = new Date()) => runAlertJob({ now, transport });
const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const deliveriesOf = (email: string) => prisma.alertDelivery.count({ where: { subscription: { reader: { email } } } });

function input(email: string, target: SubscribeInput['target'], frequency: SubscribeInput['frequency'] = 'IMMEDIATE', language: 'en' | 'ru' = 'en'): SubscribeInput {
  return { email, frequency, language, target };
}

/** Requests, sends and confirms an alert; returns the time it was confirmed. */
async function follow(email: string, target: SubscribeInput['target'], frequency: SubscribeInput['frequency'] = 'IMMEDIATE', language: 'en' | 'ru' = 'en') {
  expect(await requests.requestSubscription(input(email, target, frequency, language))).toEqual({ ok: true });
  await run();
  const confirmation = mailTo(email).at(-1)!;
  const confirmedAt = new Date();
  expect(await links.confirmAlert(tokenOf(linkIn(confirmation.parsed.text, /\/alerts\/confirm\//)), confirmedAt)).not.toBeNull();
  return confirmedAt;
}

describe('failed sends', () => {
  const email = `retry@${DOMAIN}`;

  it('retries a refused send with backoff and reports it on the admin page until it goes', async () => {
    smtp.refuseNext(1, 451, 'Mailbox busy, try again later');
    const t0 = new Date();
    await requests.requestSubscription(input(email, { kind: 'search', q: 'zzretry' }), t0);
    expect(await run(t0)).toMatchObject({ sent: 0, retrying: 1 });
    expect(mailTo(email)).toHaveLength(0);

    const problems = (await report(t0)).problems.filter((problem) => problem.to === email);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'CONFIRMATION', status: 'retrying', attempts: 1, nextAttemptAt: at(t0, MINUTE).toISOString(), lastError: expect.stringContaining('451') }),
    ]);
    // The failed attempt's links were taken back.
    expect(await prisma.alertToken.count({ where: { reader: { email } } })).toBe(0);

    // Not before the backoff has passed.
    expect(await run(at(t0, 30_000))).toMatchObject({ sent: 0, retrying: 0 });
    expect(await run(at(t0, MINUTE + 1000))).toMatchObject({ sent: 1 });
    expect(mailTo(email)).toHaveLength(1);
    expect(mailTo(email)[0].parsed.subject).toBe('Confirm your alert: search “zzretry”');
    expect((await report()).problems.filter((problem) => problem.to === email)).toEqual([]);
  });

  it('waits longer after each failure', async () => {
    const { retryDelay } = await import('@/lib/alerts/schedule');
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
    expect(retryDelay(20)).toBe(6 * 60 * MINUTE);
  });

  it('gives up at once on a permanent refusal and reports it as failed', async () => {
    await links.confirmAlert(tokenOf(linkIn(mailTo(email)[0].parsed.text, /\/alerts\/confirm\//)));
    smtp.refuseNext(1, 550, 'No such mailbox');
    await requests.requestManageLink(email, 'en');
    expect(await run()).toMatchObject({ sent: 0, failed: 1 });
    const problems = (await report()).problems.filter((problem) => problem.to === email);
    expect(problems).toEqual([expect.objectContaining({ kind: 'MANAGE_LINK', status: 'failed', attempts: 1, nextAttemptAt: null, lastError: expect.stringContaining('550') })]);
    // Failed is final: later runs leave it alone.
    expect(await run(at(new Date(), DAY))).toMatchObject({ sent: 0, failed: 0, retrying: 0 });
  });
});

describe('following a record, daily', () => {
  const email = `daily@${DOMAIN}`;
  let confirmedAt: Date;

  it('collects related records and sends them when the daily digest is due', async () => {
    confirmedAt = await follow(email, { kind: 'follow', follow: 'organisation', slug: 'csto' }, 'DAILY', 'ru');
    const before = mailTo(email).length;
    await fixtures.create({ slug: 'test-job-csto-speaks', name: { ru: 'ОДКБ о новых угрозах', en: 'The CSTO on new threats' }, links: [{ role: 'SPEAKER', to: { type: 'ORGANISATION', slug: 'csto' } }] });
    await fixtures.create({ slug: 'test-job-unrelated', name: { ru: 'Заявление без связи', en: 'An unrelated statement' } });

    await run();
    expect(await deliveriesOf(email)).toBe(1);
    expect(mailTo(email)).toHaveLength(before);
    await run(at(confirmedAt, DAY - MINUTE));
    expect(mailTo(email)).toHaveLength(before);
    await run(at(confirmedAt, DAY + MINUTE));

    const digest = mailTo(email).slice(before);
    expect(digest).toHaveLength(1);
    expect(digest[0].parsed.subject).toBe('1 новая запись: Организация Договора о коллективной безопасности (организация)');
    expect(digest[0].parsed.text).toContain('ОДКБ о новых угрозах');
    expect(digest[0].parsed.text).toContain('/ru/statements/test-job-csto-speaks');
    expect(digest[0].parsed.text).not.toContain('Заявление без связи');
    const alert = await prisma.alertSubscription.findFirstOrThrow({ where: { reader: { email } }, select: { nextDigestAt: true } });
    expect(alert.nextDigestAt).toEqual(at(confirmedAt, 2 * DAY));
  });

  it('moves to the next run once after a long stop, without an empty digest', async () => {
    const before = mailTo(email).length;
    await run(at(confirmedAt, 4 * DAY + 60 * MINUTE));
    expect(mailTo(email)).toHaveLength(before);
    const alert = await prisma.alertSubscription.findFirstOrThrow({ where: { reader: { email } }, select: { nextDigestAt: true } });
    expect(alert.nextDigestAt).toEqual(at(confirmedAt, 5 * DAY));
  });

  it('drops a record withdrawn before its digest went out', async () => {
    const id = await fixtures.create({ slug: 'test-job-csto-withdrawn', name: { ru: 'ОДКБ: снятое заявление', en: 'CSTO: a withdrawn statement' }, links: [{ role: 'SPEAKER', to: { type: 'ORGANISATION', slug: 'csto' } }] });
    await run();
    expect(await deliveriesOf(email)).toBe(2);
    await fixtures.setState(id, 'ARCHIVED');
    const before = mailTo(email).length;
    await run(at(confirmedAt, 5 * DAY + MINUTE));
    expect(mailTo(email)).toHaveLength(before);
    // Never sent, so not delivered: if it is published again, it can still reach the reader.
    expect(await deliveriesOf(email)).toBe(1);
    expect(await prisma.alertMessage.count({ where: { reader: { email }, kind: 'DIGEST', status: { not: 'SENT' } } })).toBe(0);
  });
});

describe('requests', () => {
  it('limits the e-mails one address can be sent by requests: 3 an hour', async () => {
    const email = `limit@${DOMAIN}`;
    const now = new Date();
    for (const q of ['one', 'two', 'three']) {
      expect(await requests.requestSubscription(input(email, { kind: 'search', q }), now)).toEqual({ ok: true });
    }
    expect(await requests.requestSubscription(input(email, { kind: 'search', q: 'four' }), now)).toEqual({ ok: false, reason: 'rateLimited' });
    expect(await requests.requestSubscription(input(email, { kind: 'search', q: 'four' }), at(now, 61 * MINUTE))).toEqual({ ok: true });
    expect(await prisma.alertMessage.count({ where: { reader: { email } } })).toBe(4);
  });

  it('refuses to follow a record that does not exist', async () => {
    expect(await requests.requestSubscription(input(`nothing@${DOMAIN}`, { kind: 'follow', follow: 'person', slug: 'no-such-person' }))).toEqual({ ok: false, reason: 'target' });
  });

  it('answers a second request for a confirmed alert with a link to the alerts, changing nothing', async () => {
    const email = `twice@${DOMAIN}`;
    await follow(email, { kind: 'search', q: 'Interpol', type: 'organisation' }, 'WEEKLY');
    expect(await requests.requestSubscription(input(email, { kind: 'search', q: 'Interpol', type: 'organisation' }, 'IMMEDIATE'))).toEqual({ ok: true });
    await run();
    const mail = mailTo(email).at(-1)!;
    expect(mail.parsed.subject).toBe('You already follow search “Interpol” (Type: Organisations)');
    const manage = tokenOf(linkIn(mail.parsed.text, /\/en\/alerts\/manage\//));
    const alerts = await links.readerAlerts(manage, 'en');
    expect(alerts?.alerts).toEqual([expect.objectContaining({ frequency: 'WEEKLY', confirmed: true, what: { text: 'search “Interpol” (Type: Organisations)', path: '/search?q=Interpol&type=organisation' } })]);
  });

  it('sends a manage link that lists and cancels the alerts; unknown addresses get nothing', async () => {
    const email = `manage@${DOMAIN}`;
    await follow(email, { kind: 'follow', follow: 'person', slug: 'sergey-shveikin' }, 'IMMEDIATE', 'ru');
    await follow(email, { kind: 'search', q: 'наёмники' }, 'WEEKLY', 'ru');
    await requests.requestManageLink(email, 'ru');
    await requests.requestManageLink(`nobody@${DOMAIN}`, 'ru');
    await run();
    const mail = mailTo(email).at(-1)!;
    expect(mail.parsed.subject).toMatch(/^Ваши оповещения: /);
    expect(mailTo(`nobody@${DOMAIN}`)).toHaveLength(0);

    const token = tokenOf(linkIn(mail.parsed.text, /\/ru\/alerts\/manage\//));
    const view = await links.readerAlerts(token, 'ru');
    expect(view?.email).toBe(email);
    expect(view?.alerts.map((alert) => alert.what.text).sort()).toEqual(['Сергей Швейкин (персона)', 'поиск «наёмники»']);
    const person = view!.alerts.find((alert) => alert.what.path === '/people/sergey-shveikin')!;
    expect(await links.cancelAlerts(token, person.id)).toBe(true);
    expect((await links.readerAlerts(token, 'ru'))?.alerts).toHaveLength(1);
    expect(await links.cancelAlerts(token, 'all')).toBe(true);
    expect((await links.readerAlerts(token, 'ru'))?.alerts).toEqual([]);
    expect(await links.readerAlerts('x'.repeat(43), 'ru')).toBeNull();
  });

  it('refuses a confirmation link after 7 days', async () => {
    const email = `late@${DOMAIN}`;
    await requests.requestSubscription(input(email, { kind: 'search', q: 'terrorism' }));
    await run();
    const token = tokenOf(linkIn(mailTo(email).at(-1)!.parsed.text, /\/alerts\/confirm\//));
    expect(await links.previewConfirmation(token, 'en', at(new Date(), 8 * DAY))).toBeNull();
    expect(await links.confirmAlert(token, at(new Date(), 8 * DAY))).toBeNull();
    expect(await links.previewConfirmation(token, 'en')).toMatchObject({ confirmed: false, what: { text: 'search “terrorism”' } });
  });
});

describe('concurrent runs', () => {
  it('two jobs at once send each record once', async () => {
    const email = `race@${DOMAIN}`;
    await follow(email, { kind: 'search', q: 'биотерроризм' });
    const before = mailTo(email).length;
    await fixtures.create({ slug: 'test-job-bioterrorism', name: { ru: 'Заявление о биотерроризме', en: 'Statement on bioterrorism' } });
    await Promise.all([run(), run()]);
    expect(mailTo(email).slice(before)).toHaveLength(1);
    expect(await prisma.alertMessage.count({ where: { reader: { email }, kind: 'DIGEST' } })).toBe(1);
    await run();
    expect(mailTo(email).slice(before)).toHaveLength(1);
  });
});
