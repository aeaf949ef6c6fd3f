import type { ExportRow } from '@/lib/data/record-export';
import type { RecordTypeName } from '@/lib/validation/records';

/** The translatable fields each type exports, one column per language. */
export const exportFields: Record<RecordTypeName, string[]> = {
  statement: ['name', 'quote', 'context'],
  conference: ['name', 'description', 'location'],
  organisation: ['name', 'shortName', 'description'],
  initiative: ['name', 'description'],
  person: ['name', 'description'],
  source: ['name', 'description', 'publisher'],
  country: ['name'],
};

export function columnsFor(type: RecordTypeName): string[] {
  const texts = exportFields[type].flatMap((field) => [`${field}_en`, `${field}_ru`]);
  return ['type', 'slug', 'url', 'date', 'original_language', 'kind', 'status', ...texts];
}

export function rowValues(row: ExportRow, siteUrl: string, segment: string): Record<string, string> {
  const values: Record<string, string> = {
    type: row.type,
    slug: row.slug,
    url: `${siteUrl}/en/${segment}/${row.slug}`,
    date: row.date ?? '',
    original_language: row.originalLocale,
    kind: row.attributes.kind ?? '',
    status: row.attributes.status ?? '',
  };
  for (const field of exportFields[row.type]) {
    for (const locale of ['en', 'ru'] as const) {
      values[`${field}_${locale}`] = row.texts.find((t) => t.field === field && t.locale === locale)?.text ?? '';
    }
  }
  return values;
}
