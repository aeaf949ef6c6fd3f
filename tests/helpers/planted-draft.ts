import type { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * An unpublished organisation whose name and description carry `marker`, planted before a
 * hostile-input test so that "no data exposed" is checked, not assumed: no answer may contain
 * the marker or the slug. Returns its id, for removing it afterwards.
 */
export async function plantDraft(prisma: PrismaClient, slug: string, marker: string): Promise<string> {
  const draft = await prisma.record.create({
    data: {
      type: 'ORGANISATION',
      slug,
      state: 'DRAFT',
      originalLocale: 'en',
      organisation: { create: { kind: 'INTERNATIONAL_ORGANISATION' } },
      texts: {
        create: [
          { field: 'name', locale: 'en', text: `Secret ${marker} organisation`, status: 'ORIGINAL' },
          { field: 'description', locale: 'en', text: `${marker} not for readers`, status: 'ORIGINAL' },
        ],
      },
    },
    select: { id: true },
  });
  return draft.id;
}
