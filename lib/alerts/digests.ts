import 'server-only';
import { db } from '@/lib/db/client';
import { nextDigestAt } from './schedule';

class NothingToQueue extends Error {}

/**
 * Queues one digest per alert that is due: IMMEDIATE alerts as soon as they have new records,
 * DAILY and WEEKLY ones when their stored next-run time has come. Taking the deliveries and
 * creating the message is one transaction; a worker that lost the race to another finds no
 * delivery left to take and rolls back, so no record lands in two digests.
 */
export async function queueDigests(now: Date): Promise<number> {
  const due = await db().alertSubscription.findMany({
    where: {
      confirmedAt: { not: null },
      deliveries: { some: { queuedAt: null } },
      OR: [{ frequency: 'IMMEDIATE' }, { nextDigestAt: { lte: now } }],
    },
    select: { id: true, readerId: true, locale: true },
  });
  let queued = 0;
  for (const subscription of due) {
    try {
      await db().$transaction(async (tx) => {
        const message = await tx.alertMessage.create({
          data: { readerId: subscription.readerId, subscriptionId: subscription.id, kind: 'DIGEST', locale: subscription.locale, nextAttemptAt: now },
          select: { id: true },
        });
        const taken = await tx.alertDelivery.updateMany({
          where: { subscriptionId: subscription.id, queuedAt: null },
          data: { queuedAt: now, messageId: message.id },
        });
        if (taken.count === 0) throw new NothingToQueue();
      });
      queued++;
    } catch (error) {
      if (!(error instanceof NothingToQueue)) throw error;
    }
  }
  await advanceSchedules(now);
  return queued;
}

/** Every DAILY or WEEKLY alert whose time has come moves to its next run, with or without a digest. */
async function advanceSchedules(now: Date) {
  const passed = await db().alertSubscription.findMany({
    where: { nextDigestAt: { lte: now } },
    select: { id: true, frequency: true, nextDigestAt: true },
  });
  for (const subscription of passed) {
    await db().alertSubscription.update({
      where: { id: subscription.id },
      data: { nextDigestAt: nextDigestAt(subscription.frequency, subscription.nextDigestAt!, now) },
    });
  }
}
