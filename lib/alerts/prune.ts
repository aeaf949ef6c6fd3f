import 'server-only';
import { db } from '@/lib/db/client';
import { SENT_RETENTION, TOKEN_LIFETIME } from './schedule';

/**
 * What the alert tables no longer need: expired links, alerts never confirmed in time, sent
 * messages past the retention the request limits look at, and readers left with nothing.
 * Deliveries stay (they are what stops a record from being sent twice) until their alert goes.
 */
export async function pruneAlerts(now: Date): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const results = await db().$transaction([
    db().alertToken.deleteMany({ where: { expiresAt: { lt: now } } }),
    db().alertSubscription.deleteMany({ where: { confirmedAt: null, createdAt: { lt: before(TOKEN_LIFETIME.CONFIRM) } } }),
    db().alertMessage.deleteMany({ where: { status: 'SENT', sentAt: { lt: before(SENT_RETENTION) } } }),
    db().alertReader.deleteMany({
      where: { subscriptions: { none: {} }, messages: { none: {} }, createdAt: { lt: before(SENT_RETENTION) } },
    }),
  ]);
  return results.reduce((sum, result) => sum + result.count, 0);
}
