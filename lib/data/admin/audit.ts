import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { assertCan } from './guard';

type Tx = Prisma.TransactionClient;

/** One line of the audit log, written in the same transaction as the change it describes. */
export function writeAudit(tx: Tx, actor: SessionUser | null, action: string, recordId: string | null, detail: Prisma.InputJsonValue = {}) {
  return tx.auditLog.create({ data: { actorId: actor?.id ?? null, action, recordId, detail } });
}

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actor: { name: string; email: string } | null;
  record: { type: string; slug: string } | null;
  detail: Record<string, unknown>;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(actor: SessionUser, options: { recordId?: string; page: number }): Promise<{ entries: AuditEntry[]; total: number }> {
  assertCan(actor, options.recordId ? 'admin.read' : 'audit.read');
  const where: Prisma.AuditLogWhereInput = options.recordId ? { recordId: options.recordId } : {};
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (options.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, detail: true, recordId: true, actor: { select: { name: true, email: true } } },
    }),
    db().auditLog.count({ where }),
  ]);
  const records = new Map(
    (await db().record.findMany({ where: { id: { in: rows.flatMap((row) => (row.recordId ? [row.recordId] : [])) } }, select: { id: true, type: true, slug: true } }))
      .map((row) => [row.id, { type: row.type.toLowerCase(), slug: row.slug }]),
  );
  return {
    total,
    entries: rows.map((row) => ({
      id: row.id.toString(),
      at: row.createdAt.toISOString(),
      action: row.action,
      actor: row.actor,
      record: row.recordId ? records.get(row.recordId) ?? null : null,
      detail: (row.detail ?? {}) as Record<string, unknown>,
    })),
  };
}
