import type { RecordType } from '@/lib/generated/prisma/enums';
import type { RecordTypeName } from '@/lib/validation/records';

/** The URL segment of each record type (/{locale}/{segment}/{slug}) and back. */
export const segments = {
  statement: 'statements',
  conference: 'conferences',
  organisation: 'organisations',
  initiative: 'initiatives',
  person: 'people',
  source: 'sources',
  country: 'countries',
} as const satisfies Record<RecordTypeName, string>;

export type Segment = (typeof segments)[RecordTypeName];

export function toDbType(type: RecordTypeName): RecordType {
  return type.toUpperCase() as RecordType;
}

export function fromDbType(type: RecordType): RecordTypeName {
  return type.toLowerCase() as RecordTypeName;
}

/** The path of a record, without the locale prefix (the navigation helpers add it). */
export function recordPath(type: RecordTypeName, slug: string): string {
  return `/${segments[type]}/${slug}`;
}
