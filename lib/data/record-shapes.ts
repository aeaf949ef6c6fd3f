import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatePrecision, Locale, PublicationState } from '@/lib/generated/prisma/enums';
import type { LinkRoleName } from '@/lib/validation/link';
import type { RecordTypeName } from '@/lib/validation/records';
import type { TextRow } from './texts';
import { fromDbType } from './record-types';

/**
 * The app's own shapes of records, as pages and the API receive them: plain JSON (dates as
 * ISO strings), never raw rows. Selections and the mapping from rows live beside them.
 */
export interface RecordRef {
  type: RecordTypeName;
  slug: string;
  /** The record's name and short name, in whichever languages exist. */
  names: TextRow[];
  date: string | null;
  datePrecision: DatePrecision | null;
}

export interface Citation {
  source: { slug: string; names: TextRow[] };
  anchor: string;
  /** The paragraph's number in the document (¶ 4). */
  number: number;
}

export interface RecordSummary extends RecordRef {
  originalLocale: Locale;
  texts: TextRow[];
  attributes: Attributes;
}

export interface LinkView {
  role: LinkRoleName;
  /** out: this record → other (statement SPEAKER person); in: other → this record. */
  direction: 'out' | 'in';
  other: RecordRef;
  citations: Citation[];
}

export interface PositionView {
  person: RecordRef;
  organisation: RecordRef | null;
  asOf: string | null;
  titles: { locale: Locale; title: string; status: TextRow['status'] }[];
  citations: Citation[];
}

export interface RecordDetail extends RecordSummary {
  id: string;
  state: PublicationState;
  endDate: string | null;
  updatedAt: string;
  version: number;
  aliases: { locale: Locale; text: string; kind: string }[];
  links: LinkView[];
  positions: PositionView[];
  citations: Citation[];
}

export interface Attributes {
  kind?: string;
  status?: string;
  iso2?: string;
  url?: string | null;
}

const textSelect = { field: true, locale: true, text: true, status: true } as const;

export const refSelect = {
  type: true,
  slug: true,
  date: true,
  datePrecision: true,
  texts: { where: { field: { in: ['name', 'shortName'] } }, select: textSelect },
} satisfies Prisma.RecordSelect;

export const attributesSelect = {
  organisation: { select: { kind: true } },
  conference: { select: { kind: true } },
  initiative: { select: { kind: true, status: true } },
  country: { select: { iso2: true } },
  source: { select: { kind: true, url: true } },
} satisfies Prisma.RecordSelect;

export const summarySelect = {
  ...refSelect,
  ...attributesSelect,
  originalLocale: true,
  texts: { where: { field: { in: ['name', 'shortName', 'quote', 'location'] } }, select: textSelect },
} satisfies Prisma.RecordSelect;

export const citationSelect = {
  paragraph: { select: { anchor: true, position: true, source: { select: { record: { select: { slug: true, texts: { where: { field: 'name' }, select: textSelect } } } } } } },
} satisfies Prisma.EvidenceSelect;

type RefRow = Prisma.RecordGetPayload<{ select: typeof refSelect }>;
type SummaryRow = Prisma.RecordGetPayload<{ select: typeof summarySelect }>;
type CitationRow = Prisma.EvidenceGetPayload<{ select: typeof citationSelect }>;

export const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toRef(row: RefRow): RecordRef {
  return { type: fromDbType(row.type), slug: row.slug, names: row.texts, date: isoDate(row.date), datePrecision: row.datePrecision };
}

export function toAttributes(row: Prisma.RecordGetPayload<{ select: typeof attributesSelect }>): Attributes {
  return { ...row.organisation, ...row.conference, ...row.initiative, ...row.country, ...row.source };
}

export function toSummary(row: SummaryRow): RecordSummary {
  return { ...toRef(row), originalLocale: row.originalLocale, texts: row.texts, attributes: toAttributes(row) };
}

export function toCitations(rows: CitationRow[]): Citation[] {
  return rows
    .map(({ paragraph }) => ({
      source: { slug: paragraph.source.record.slug, names: paragraph.source.record.texts },
      anchor: paragraph.anchor,
      number: paragraph.position,
    }))
    .sort((a, b) => a.source.slug.localeCompare(b.source.slug) || a.number - b.number);
}
