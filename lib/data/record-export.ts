import 'server-only';
import { db } from '@/lib/db/client';
import type { ListQuery } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { attributesSelect, isoDate, toAttributes, type Attributes } from './record-shapes';
import { listWhere } from './record-list';
import type { TextRow } from './texts';

export interface ExportRow {
  type: RecordTypeName;
  slug: string;
  date: string | null;
  originalLocale: 'ru' | 'en';
  attributes: Attributes;
  texts: TextRow[];
}

const BATCH = 500;

/**
 * Every record of a filtered list, in batches walked by id: an export of 100,000 records never
 * holds more than one batch in memory.
 */
export async function* exportRecords(type: RecordTypeName, query: Partial<ListQuery>): AsyncGenerator<ExportRow> {
  const where = listWhere(type, query);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().record.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true, slug: true, date: true, originalLocale: true, ...attributesSelect,
        texts: { select: { field: true, locale: true, text: true, status: true } },
      },
    });
    for (const row of rows) {
      yield { type, slug: row.slug, date: isoDate(row.date), originalLocale: row.originalLocale, attributes: toAttributes(row), texts: row.texts };
    }
    if (rows.length < BATCH) return;
    cursor = rows[rows.length - 1].id;
  }
}
