import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordInput } from '@/lib/validation/records';

/** The type's own table: one row per record, written with the record. */
export async function writeSubtype(tx: Prisma.TransactionClient, recordId: string, input: RecordInput) {
  switch (input.type) {
    case 'organisation':
      await tx.organisation.upsert({ where: { recordId }, create: { recordId, ...input.attributes }, update: input.attributes });
      return;
    case 'conference':
      await tx.conference.upsert({ where: { recordId }, create: { recordId, ...input.attributes }, update: input.attributes });
      return;
    case 'initiative':
      await tx.initiative.upsert({ where: { recordId }, create: { recordId, ...input.attributes }, update: input.attributes });
      return;
    case 'country':
      await tx.country.upsert({ where: { recordId }, create: { recordId, ...input.attributes }, update: input.attributes });
      return;
    case 'person':
      await tx.person.upsert({ where: { recordId }, create: { recordId }, update: {} });
      return;
    case 'statement':
      await tx.statement.upsert({ where: { recordId }, create: { recordId }, update: {} });
      return;
    case 'source': {
      const data = { kind: input.attributes.kind, url: input.attributes.url ?? null };
      await tx.source.upsert({ where: { recordId }, create: { recordId, ...data }, update: data });
    }
  }
}
