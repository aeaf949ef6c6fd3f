import 'server-only';
import { db } from '@/lib/db/client';
import { prepareMail } from './render';
import { MAX_ATTEMPTS, retryDelay, SENDING_LEASE } from './schedule';
import { MailError, type MailTransport } from './transport';

const BATCH = 50;

export interface SendResult {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Claims the messages that are due (and those a dead worker left SENDING past its lease) in one
 * statement, so two workers never take the same one, then sends them one by one. The only way a
 * message goes out twice is a crash between the server's acceptance and the row's update; its
 * Message-ID stays the same, so mail programs can tell.
 */
async function claimDue(now: Date): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + SENDING_LEASE);
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "AlertMessage" SET "status" = 'SENDING', "leaseUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "AlertMessage"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${now}) OR ("status" = 'SENDING' AND "leaseUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"::text AS id`;
  return rows.map((row) => row.id);
}

async function markSent(id: string, now: Date) {
  await db().alertMessage.updateMany({
    where: { id },
    data: { status: 'SENT', sentAt: now, leaseUntil: null, lastError: null, attempts: { increment: 1 } },
  });
}

/** A failed attempt: its link tokens go, and the message waits (1, 2, 4 … minutes) or, refused for good or tried too often, is FAILED. */
async function markFailed(id: string, error: unknown, now: Date): Promise<'retrying' | 'failed'> {
  const failure = error instanceof MailError ? error : new MailError(error instanceof Error ? error.message : String(error), false);
  const row = await db().alertMessage.findUnique({ where: { id }, select: { attempts: true } });
  const attempts = (row?.attempts ?? 0) + 1;
  const gaveUp = failure.permanent || attempts >= MAX_ATTEMPTS;
  await db().alertToken.deleteMany({ where: { messageId: id } });
  await db().alertMessage.updateMany({
    where: { id },
    data: {
      status: gaveUp ? 'FAILED' : 'PENDING',
      attempts,
      leaseUntil: null,
      lastError: failure.message.slice(0, 1000),
      nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)),
    },
  });
  return gaveUp ? 'failed' : 'retrying';
}

export async function sendDueMessages(transport: MailTransport, now: Date): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const ids = await claimDue(now);
    for (const id of ids) {
      let mail;
      try {
        mail = await prepareMail(id, now);
      } catch (error) {
        result[await markFailed(id, error, now)]++;
        continue;
      }
      if (!mail) {
        // Cancelled since it was queued: nothing to send, nothing to report.
        await db().alertMessage.deleteMany({ where: { id } });
        continue;
      }
      try {
        await transport.send(mail);
      } catch (error) {
        result[await markFailed(id, error, now)]++;
        continue;
      }
      await markSent(id, now);
      result.sent++;
    }
    if (ids.length < BATCH) return result;
  }
}
