import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers/db';

/** Lists sorted by name read alphabetically in each language, whatever the case or ё. */
const prisma = testDb();

describe('sort names', () => {
  it('orders Russian names alphabetically, case-insensitively', async () => {
    const rows = await prisma.record.findMany({ where: { type: 'COUNTRY', slug: { in: ['serbia', 'united-states', 'syria'] } }, orderBy: { sortNameRu: 'asc' }, select: { slug: true } });
    expect(rows.map((r) => r.slug)).toEqual(['serbia', 'syria', 'united-states']);
  });

  it('follows an edited name at once (kept by a trigger)', async () => {
    const record = await prisma.record.findUniqueOrThrow({ where: { type_slug: { type: 'COUNTRY', slug: 'iran' } }, select: { id: true } });
    const where = { recordId_field_locale: { recordId: record.id, field: 'name', locale: 'ru' as const } };
    const before = await prisma.recordText.findUniqueOrThrow({ where });
    await prisma.recordText.update({ where, data: { text: 'Ёлкино' } });
    expect((await prisma.record.findUniqueOrThrow({ where: { id: record.id } })).sortNameRu).toBe('елкино');
    await prisma.recordText.update({ where, data: { text: before.text } });
  });
});
