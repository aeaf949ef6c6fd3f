import type { Prisma } from '@/lib/generated/prisma/client';
import type { EditorInput } from '@/lib/validation/editor';
import type { LinkRoleName } from '@/lib/validation/link';
import { toDbType } from '../record-types';

/**
 * The form names other records as "type:slug" and paragraphs as "source#p-3"; the database wants
 * ids. Unknown or deleted targets become field errors on the field that named them.
 */
export async function resolveReferences(tx: Prisma.TransactionClient, input: EditorInput) {
  const fieldErrors: Record<string, string[]> = {};
  const relations = new Map<LinkRoleName, string[]>();
  const refs = Object.values(input.relations).flatMap((list) => list ?? []);
  const rows = refs.length
    ? await tx.record.findMany({
        where: { deletedAt: null, OR: refs.map((ref) => ({ type: toDbType(ref.type), slug: ref.slug })) },
        select: { id: true, type: true, slug: true },
      })
    : [];
  const ids = new Map(rows.map((row) => [`${row.type.toLowerCase()}:${row.slug}`, row.id]));
  for (const [role, list] of Object.entries(input.relations) as [LinkRoleName, EditorInput['relations'][LinkRoleName]][]) {
    const found: string[] = [];
    for (const ref of list ?? []) {
      const id = ids.get(`${ref.type}:${ref.slug}`);
      if (!id || id === input.id) (fieldErrors[`relations.${role}`] ??= []).push(id ? 'selfLink' : 'notFound');
      else found.push(id);
    }
    relations.set(role, [...new Set(found)]);
  }

  const paragraphs = input.evidence.length
    ? await tx.sourceParagraph.findMany({
        where: { OR: input.evidence.map((ref) => ({ anchor: ref.anchor, source: { record: { slug: ref.source, deletedAt: null } } })) },
        select: { id: true },
      })
    : [];
  if (paragraphs.length < new Set(input.evidence.map((ref) => `${ref.source}#${ref.anchor}`)).size) fieldErrors.evidence = ['notFound'];

  return {
    relations,
    paragraphs: paragraphs.map((row) => row.id),
    fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined,
  };
}
