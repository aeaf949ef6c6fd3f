import 'server-only';
import { db } from '@/lib/db/client';
import type { AlertTokenPurpose, Locale } from '@/lib/generated/prisma/enums';
import { env } from '@/lib/env';
import { visible } from '@/lib/data/records';
import { fromDbType, recordPath } from '@/lib/data/record-types';
import { isoDate } from '@/lib/data/record-shapes';
import { pickText } from '@/lib/data/texts';
import { formatRecordDate } from '@/lib/format/dates';
import { translator } from '@/lib/i18n/translator';
import { siteUrl } from '@/lib/seo/metadata';
import { composeMail, type MailContent } from './compose';
import { describeAlerts } from './describe';
import { TOKEN_LIFETIME } from './schedule';
import { hashToken, newToken } from './tokens';
import type { MailMessage } from './transport';

/**
 * A queued message made ready to send, at the moment it is sent: fresh link tokens (stored
 * hashed, tied to the message so a failed attempt takes them back), the records still
 * published, the reader's language. Null: nothing is left to send (the alert was cancelled, or
 * every record in a digest was withdrawn) and the message can go.
 */
export async function prepareMail(messageId: string, now: Date): Promise<MailMessage | null> {
  const message = await db().alertMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      kind: true,
      locale: true,
      reader: { select: { id: true, email: true } },
      subscription: { select: { id: true, kind: true, query: true, targetId: true, frequency: true } },
      deliveries: { select: { recordId: true } },
    },
  });
  if (!message) return null;
  const { kind, locale, reader, subscription } = message;
  if (kind !== 'MANAGE_LINK' && !subscription) return null;

  const records = kind === 'DIGEST' ? await digestRecords(message.id, message.deliveries.map((d) => d.recordId), locale) : [];
  if (kind === 'DIGEST' && records.length === 0) return null;

  const site = siteUrl();
  const tokens: { purpose: AlertTokenPurpose; subscriptionId: string | null; token: string }[] = [];
  const link = (purpose: AlertTokenPurpose, subscriptionId: string | null) => {
    const token = newToken();
    tokens.push({ purpose, subscriptionId, token });
    return token;
  };
  const unsubscribe = link('UNSUBSCRIBE', subscription?.id ?? null);
  const links: MailContent['links'] = {
    unsubscribe: `${site}/${locale}/alerts/unsubscribe/${unsubscribe}`,
    oneClick: `${site}/api/alerts/unsubscribe/${unsubscribe}`,
  };
  if (kind === 'CONFIRMATION') links.confirm = `${site}/${locale}/alerts/confirm/${link('CONFIRM', subscription!.id)}`;
  else links.manage = `${site}/${locale}/alerts/manage/${link('MANAGE', null)}`;

  const [what] = subscription ? await describeAlerts([subscription], locale) : [null];
  const composed = await composeMail({ kind, locale, what: what?.text ?? null, frequency: subscription?.frequency ?? null, links, records });
  await db().alertToken.createMany({
    data: tokens.map(({ purpose, subscriptionId, token }) => ({
      tokenHash: hashToken(token),
      purpose,
      readerId: reader.id,
      subscriptionId,
      messageId: message.id,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME[purpose]),
    })),
  });
  const host = new URL(site).hostname;
  return {
    messageId: `<${message.id}@${host}>`,
    from: env().MAIL_FROM ?? `"${(await translator('en', 'Metadata'))('siteName')}" <alerts@${host}>`,
    to: reader.email,
    ...composed,
  };
}

/**
 * The digest's records that are still published, oldest date first; deliveries of records
 * withdrawn since they matched are dropped (they were never sent: if the record comes back, it
 * matches again).
 */
async function digestRecords(messageId: string, recordIds: string[], locale: Locale): Promise<NonNullable<MailContent['records']>> {
  const rows = await db().record.findMany({
    where: { ...visible, id: { in: recordIds } },
    select: { id: true, type: true, slug: true, date: true, datePrecision: true, texts: { where: { field: 'name' }, select: { field: true, locale: true, text: true, status: true } } },
    orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
  });
  const kept = new Set(rows.map((row) => row.id));
  const gone = recordIds.filter((id) => !kept.has(id));
  if (gone.length) await db().alertDelivery.deleteMany({ where: { messageId, recordId: { in: gone } } });

  const types = await translator(locale, 'Types');
  const site = siteUrl();
  return rows.map((row) => {
    const type = fromDbType(row.type);
    const title = pickText(row.texts, 'name', locale);
    const date = isoDate(row.date);
    return {
      title: title?.text ?? row.slug,
      lang: title?.fallback ? title.lang : undefined,
      type: types(`one.${type}`),
      date: date ? formatRecordDate(locale, date, row.datePrecision) : null,
      url: `${site}/${locale}${recordPath(type, row.slug)}`,
    };
  });
}
