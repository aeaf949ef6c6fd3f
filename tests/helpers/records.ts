import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { LinkRole, PublicationState } from '@/lib/generated/prisma/enums';

type Texts = Partial<Record<'en' | 'ru', string>>;

/**
 * Statements made for a test, the way an editor's save would leave them (record, subtype row,
 * texts in both languages, links), and removed afterwards.
 */
export function statementFixtures(prisma: PrismaClient) {
  const made: string[] = [];
  return {
    async create({ slug, name, quote, state = 'PUBLISHED', links = [] }: {
      slug: string;
      name: Texts;
      quote?: Texts;
      state?: PublicationState;
      links?: { role: LinkRole; to: { type: 'ORGANISATION' | 'PERSON' | 'INITIATIVE' | 'CONFERENCE' | 'COUNTRY'; slug: string } }[];
    }) {
      const texts = (field: string, values: Texts = {}) =>
        Object.entries(values).map(([locale, text]) => ({ field, locale: locale as 'en' | 'ru', text: text!, status: locale === 'ru' ? ('ORIGINAL' as const) : ('TRANSLATION' as const) }));
      const targets = await Promise.all(
        links.map(async (link) => ({ role: link.role, toId: (await prisma.record.findUniqueOrThrow({ where: { type_slug: link.to }, select: { id: true } })).id })),
      );
      const record = await prisma.record.create({
        data: {
          type: 'STATEMENT',
          slug,
          state: 'DRAFT',
          originalLocale: 'ru',
          date: new Date(Date.UTC(2026, 10, 20)),
          datePrecision: 'DAY',
          statement: { create: {} },
          texts: { create: [...texts('name', name), ...texts('quote', quote ?? name)] },
          linksFrom: { create: targets },
        },
        select: { id: true },
      });
      made.push(record.id);
      // Published last, as the editors' workflow does once the record is complete.
      if (state !== 'DRAFT') await prisma.record.update({ where: { id: record.id }, data: { state, publishedAt: state === 'PUBLISHED' ? new Date() : null } });
      return record.id;
    },
    async setState(id: string, state: PublicationState) {
      await prisma.record.update({ where: { id }, data: { state, ...(state === 'PUBLISHED' ? { publishedAt: new Date() } : {}) } });
    },
    async removeAll() {
      await prisma.record.deleteMany({ where: { id: { in: made } } });
    },
  };
}
