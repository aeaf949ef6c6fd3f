import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Records connected to `other`: by a link in either direction, or through a position (a person
 * at an organisation, an organisation's people). The one definition of "related" that list
 * filters, filter choices and the timeline share.
 */
export function linkedTo(other: Prisma.RecordWhereInput): Prisma.RecordWhereInput {
  return {
    OR: [
      { linksFrom: { some: { to: other } } },
      { linksTo: { some: { from: other } } },
      { positionsHeld: { some: { organisation: other } } },
      { positionsAt: { some: { person: other } } },
    ],
  };
}
