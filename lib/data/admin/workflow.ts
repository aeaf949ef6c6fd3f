import 'server-only';
import { db } from '@/lib/db/client';
import type { PublicationState } from '@/lib/generated/prisma/enums';
import type { Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session';
import { writeAudit } from './audit';
import { assertCan } from './guard';

/**
 * The publication workflow: draft → in review → published → archived, and back where it makes
 * sense. Each step names who may take it and from which states; anything else is refused.
 */
export const transitions = {
  submit: { permission: 'record.submit', from: ['DRAFT'], to: 'IN_REVIEW' },
  publish: { permission: 'record.publish', from: ['DRAFT', 'IN_REVIEW'], to: 'PUBLISHED' },
  return: { permission: 'record.return', from: ['IN_REVIEW', 'PUBLISHED'], to: 'DRAFT' },
  archive: { permission: 'record.archive', from: ['PUBLISHED'], to: 'ARCHIVED' },
  unarchive: { permission: 'record.unarchive', from: ['ARCHIVED'], to: 'PUBLISHED' },
} as const satisfies Record<string, { permission: Permission; from: readonly PublicationState[]; to: PublicationState }>;

export type Transition = keyof typeof transitions;

export type TransitionResult =
  | { ok: true; record: { type: string; slug: string; state: PublicationState } }
  | { ok: false; formError: 'notFound' | 'deleted' | 'wrongState' };

export async function transitionRecord(actor: SessionUser, id: string, step: Transition): Promise<TransitionResult> {
  const rule = transitions[step];
  assertCan(actor, rule.permission);
  return db().$transaction(async (tx) => {
    const record = await tx.record.findUnique({ where: { id }, select: { id: true, type: true, slug: true, state: true, deletedAt: true, publishedAt: true, version: true } });
    if (!record) return { ok: false as const, formError: 'notFound' as const };
    if (record.deletedAt) return { ok: false as const, formError: 'deleted' as const };
    if (!(rule.from as readonly PublicationState[]).includes(record.state)) return { ok: false as const, formError: 'wrongState' as const };
    const moved = await tx.record.updateMany({
      where: { id, state: record.state },
      data: { state: rule.to, publishedAt: rule.to === 'PUBLISHED' ? record.publishedAt ?? new Date() : record.publishedAt },
    });
    if (moved.count !== 1) return { ok: false as const, formError: 'wrongState' as const };
    const type = record.type.toLowerCase();
    await writeAudit(tx, actor, `record.${step}`, id, { type, slug: record.slug, from: record.state, to: rule.to, version: record.version });
    return { ok: true as const, record: { type, slug: record.slug, state: rule.to } };
  });
}
