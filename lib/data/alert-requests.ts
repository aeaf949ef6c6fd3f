import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REQUEST_LIMITS } from '@/lib/alerts/schedule';
import { searchFiltersOf, type AlertTarget, type SubscribeInput } from '@/lib/validation/alerts';
import { searchHref } from '@/lib/validation/search-query';
import { visible } from './records';
import { toDbType } from './record-types';

/**
 * What readers ask for without a password: a new alert (confirmed by a link sent to the
 * address) or a fresh link to their alerts. Every e-mail such a request causes counts against
 * per-address limits (REQUEST_LIMITS), so the form cannot be used to flood a mailbox.
 */
export type RequestResult = { ok: true } | { ok: false; reason: 'rateLimited' | 'target' };

interface ResolvedTarget {
  kind: 'SEARCH' | 'RECORD';
  key: string;
  query?: Prisma.InputJsonValue;
  targetId?: string;
}

/** One key per thing followed: a search's canonical URL query (hashed: a Cyrillic query is long), or the record's id. */
async function resolveTarget(target: AlertTarget): Promise<ResolvedTarget | null> {
  if (target.kind === 'search') {
    const { kind: _kind, ...search } = target;
    const query = { q: search.q, ...searchFiltersOf(search) };
    const canonical = new URLSearchParams(searchHref(query).query).toString();
    return { kind: 'SEARCH', key: `search:${createHash('sha256').update(canonical).digest('hex')}`, query };
  }
  const record = await db().record.findFirst({ where: { ...visible, type: toDbType(target.follow), slug: target.slug }, select: { id: true } });
  return record ? { kind: 'RECORD', key: `record:${record.id}`, targetId: record.id } : null;
}

async function overLimit(readerId: string, now: Date): Promise<boolean> {
  for (const limit of REQUEST_LIMITS) {
    const count = await db().alertMessage.count({
      where: { readerId, kind: { in: ['CONFIRMATION', 'ALREADY_SUBSCRIBED', 'MANAGE_LINK'] }, createdAt: { gte: new Date(now.getTime() - limit.window) } },
    });
    if (count >= limit.max) return true;
  }
  return false;
}

/**
 * A reader asks for an alert. New (or still unconfirmed): it is saved unconfirmed and a
 * confirmation link is queued. Already confirmed: nothing changes, and the address is told so
 * with a link to its alerts. The answer is the same either way: the form reveals nothing about
 * an address.
 */
export async function requestSubscription(input: SubscribeInput, now = new Date()): Promise<RequestResult> {
  const target = await resolveTarget(input.target);
  if (!target) return { ok: false, reason: 'target' };
  const reader = await db().alertReader.upsert({ where: { email: input.email }, create: { email: input.email }, update: {}, select: { id: true } });
  if (await overLimit(reader.id, now)) return { ok: false, reason: 'rateLimited' };

  const existing = await db().alertSubscription.findUnique({
    where: { readerId_key: { readerId: reader.id, key: target.key } },
    select: { id: true, confirmedAt: true },
  });
  if (existing?.confirmedAt) {
    await db().alertMessage.create({ data: { readerId: reader.id, subscriptionId: existing.id, kind: 'ALREADY_SUBSCRIBED', locale: input.language, nextAttemptAt: now, createdAt: now } });
    return { ok: true };
  }
  const fields = { locale: input.language, frequency: input.frequency };
  const subscription = await db().alertSubscription.upsert({
    where: { readerId_key: { readerId: reader.id, key: target.key } },
    create: { readerId: reader.id, kind: target.kind, key: target.key, query: target.query, targetId: target.targetId, createdAt: now, ...fields },
    update: fields,
    select: { id: true },
  });
  await db().alertMessage.create({ data: { readerId: reader.id, subscriptionId: subscription.id, kind: 'CONFIRMATION', locale: input.language, nextAttemptAt: now, createdAt: now } });
  return { ok: true };
}

/** A fresh link to all of an address's alerts, in `locale`. Unknown addresses and addresses over the limit get nothing, silently. */
export async function requestManageLink(email: string, locale: 'en' | 'ru', now = new Date()): Promise<void> {
  const reader = await db().alertReader.findUnique({ where: { email }, select: { id: true, _count: { select: { subscriptions: true } } } });
  if (!reader || reader._count.subscriptions === 0 || (await overLimit(reader.id, now))) return;
  await db().alertMessage.create({ data: { readerId: reader.id, kind: 'MANAGE_LINK', locale, nextAttemptAt: now, createdAt: now } });
}
