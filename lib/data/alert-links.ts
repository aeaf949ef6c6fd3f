import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { AlertFrequency, AlertTokenPurpose, Locale } from '@/lib/generated/prisma/enums';
import { describeAlerts, type AlertDescription } from '@/lib/alerts/describe';
import { firstDigestAt, TOKEN_LIFETIME } from '@/lib/alerts/schedule';
import { hashToken, newToken } from '@/lib/alerts/tokens';
import { alertTokenSchema } from '@/lib/validation/alerts';

/**
 * What the links in alert e-mails open: confirming an alert, seeing and cancelling a reader's
 * alerts, unsubscribing. The link's token is the only credential; it is looked up by its hash
 * and must be unexpired and for this purpose.
 */
async function tokenRow(token: string, purpose: AlertTokenPurpose, now: Date) {
  if (!alertTokenSchema.safeParse(token).success) return null;
  return db().alertToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, expiresAt: { gt: now } },
    select: { readerId: true, subscriptionId: true, reader: { select: { email: true } } },
  });
}

async function issueManageToken(readerId: string, now: Date): Promise<string> {
  const token = newToken();
  await db().alertToken.create({
    data: { tokenHash: hashToken(token), purpose: 'MANAGE', readerId, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME.MANAGE) },
  });
  return token;
}

const alertSelect = { id: true, kind: true, query: true, targetId: true, frequency: true, locale: true, confirmedAt: true } as const;

export interface AlertView {
  id: string;
  what: AlertDescription;
  frequency: AlertFrequency;
  language: Locale;
  confirmed: boolean;
}

/** The alert a confirmation link is for, described in `locale`; null when the link is not valid. */
export async function previewConfirmation(token: string, locale: Locale, now = new Date()): Promise<AlertView | null> {
  const row = await tokenRow(token, 'CONFIRM', now);
  const alert = row?.subscriptionId ? await db().alertSubscription.findUnique({ where: { id: row.subscriptionId }, select: alertSelect }) : null;
  if (!alert) return null;
  const [what] = await describeAlerts([alert], locale);
  return { id: alert.id, what, frequency: alert.frequency, language: alert.locale, confirmed: alert.confirmedAt !== null };
}

/** Confirms the alert (again is harmless) and returns a token for the reader's manage page. */
export async function confirmAlert(token: string, now = new Date()): Promise<{ manageToken: string } | null> {
  const row = await tokenRow(token, 'CONFIRM', now);
  if (!row?.subscriptionId) return null;
  const alert = await db().alertSubscription.findUnique({ where: { id: row.subscriptionId }, select: { frequency: true, confirmedAt: true } });
  if (!alert) return null;
  if (!alert.confirmedAt) {
    await db().alertSubscription.update({
      where: { id: row.subscriptionId },
      data: { confirmedAt: now, nextDigestAt: firstDigestAt(alert.frequency, now) },
    });
  }
  return { manageToken: await issueManageToken(row.readerId, now) };
}

/** All of a reader's alerts, described in `locale`, newest first. */
export async function readerAlerts(token: string, locale: Locale, now = new Date()): Promise<{ email: string; alerts: AlertView[] } | null> {
  const row = await tokenRow(token, 'MANAGE', now);
  if (!row) return null;
  const rows = await db().alertSubscription.findMany({ where: { readerId: row.readerId }, select: alertSelect, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  const descriptions = await describeAlerts(rows, locale);
  return {
    email: row.reader.email,
    alerts: rows.map((alert, index) => ({
      id: alert.id,
      what: descriptions[index],
      frequency: alert.frequency,
      language: alert.locale,
      confirmed: alert.confirmedAt !== null,
    })),
  };
}

/** Cancels one alert of the token's reader (`subscriptionId`) or all of them; false when the link is not valid. */
export async function cancelAlerts(token: string, subscriptionId: string | 'all', now = new Date()): Promise<boolean> {
  const row = await tokenRow(token, 'MANAGE', now);
  if (!row || (subscriptionId !== 'all' && !z.uuid().safeParse(subscriptionId).success)) return false;
  await db().alertSubscription.deleteMany({ where: { readerId: row.readerId, ...(subscriptionId === 'all' ? {} : { id: subscriptionId }) } });
  return true;
}

export interface UnsubscribeView {
  /** The link stops every alert of the address (sent with a manage link), not one. */
  all: boolean;
  email: string;
  what: AlertDescription | null;
}

export async function previewUnsubscribe(token: string, locale: Locale, now = new Date()): Promise<UnsubscribeView | null> {
  const row = await tokenRow(token, 'UNSUBSCRIBE', now);
  if (!row) return null;
  if (!row.subscriptionId) return { all: true, email: row.reader.email, what: null };
  const alert = await db().alertSubscription.findUnique({ where: { id: row.subscriptionId }, select: alertSelect });
  if (!alert) return null;
  const [what] = await describeAlerts([alert], locale);
  return { all: false, email: row.reader.email, what };
}

/** Stops the alert the link is for (or all the address's alerts); null when the link is not valid. */
export async function unsubscribe(token: string, now = new Date()): Promise<{ all: boolean; locale: Locale | null } | null> {
  const row = await tokenRow(token, 'UNSUBSCRIBE', now);
  if (!row) return null;
  if (!row.subscriptionId) {
    await db().alertSubscription.deleteMany({ where: { readerId: row.readerId } });
    return { all: true, locale: null };
  }
  const alert = await db().alertSubscription.findUnique({ where: { id: row.subscriptionId }, select: { locale: true } });
  await db().alertSubscription.deleteMany({ where: { id: row.subscriptionId } });
  return { all: false, locale: alert?.locale ?? null };
}

/** The language an unsubscribe link's page should open in (the alert's), for the one-click address's GET. */
export async function unsubscribeLocale(token: string, now = new Date()): Promise<Locale | null> {
  const row = await tokenRow(token, 'UNSUBSCRIBE', now);
  if (!row) return null;
  if (!row.subscriptionId) return null;
  const alert = await db().alertSubscription.findUnique({ where: { id: row.subscriptionId }, select: { locale: true } });
  return alert?.locale ?? null;
}
