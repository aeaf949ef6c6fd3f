import 'server-only';
import { db } from '@/lib/db/client';
import type { AlertMessageKind } from '@/lib/generated/prisma/enums';

export interface AlertProblem {
  id: string;
  to: string;
  kind: AlertMessageKind;
  /** retrying: will be tried again at nextAttemptAt; failed: given up. */
  status: 'retrying' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
}

export interface AlertDeliveryReport {
  pending: number;
  sentLastDay: number;
  failed: number;
  problems: AlertProblem[];
}

const SHOWN = 200;

/** For the admin page: how the alert e-mails are doing, and every send that failed (retrying or given up), newest first. */
export async function alertDeliveryReport(now = new Date()): Promise<AlertDeliveryReport> {
  const [pending, sentLastDay, failed, rows] = await Promise.all([
    db().alertMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } }),
    db().alertMessage.count({ where: { status: 'SENT', sentAt: { gte: new Date(now.getTime() - 24 * 3600_000) } } }),
    db().alertMessage.count({ where: { status: 'FAILED' } }),
    db().alertMessage.findMany({
      where: { OR: [{ status: 'FAILED' }, { status: { in: ['PENDING', 'SENDING'] }, attempts: { gt: 0 } }] },
      select: { id: true, kind: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, createdAt: true, reader: { select: { email: true } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: SHOWN,
    }),
  ]);
  return {
    pending,
    sentLastDay,
    failed,
    problems: rows.map((row) => ({
      id: row.id,
      to: row.reader.email,
      kind: row.kind,
      status: row.status === 'FAILED' ? 'failed' : 'retrying',
      attempts: row.attempts,
      nextAttemptAt: row.status === 'FAILED' ? null : row.nextAttemptAt.toISOString(),
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
