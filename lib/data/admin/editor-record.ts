import 'server-only';
import { db } from '@/lib/db/client';
import type { TextStatus } from '@/lib/generated/prisma/enums';
import type { SessionUser } from '@/lib/auth/session';
import type { RecordTypeName } from '@/lib/validation/records';
import { attributesSelect, isoDate, toAttributes } from '../record-shapes';
import { fromDbType, toDbType } from '../record-types';
import type { TextRow } from '../texts';
import { assertCan } from './guard';

/**
 * A record as its edit form needs it: every value under the form's own field names (so a form
 * after an error and a freshly loaded one read the same shape), text statuses, and the names of
 * the records and paragraphs it points to.
 */
export type FormValues = Record<string, string[]>;

export interface EditorRecord {
  id: string;
  type: RecordTypeName;
  slug: string;
  state: string;
  version: number;
  deletedAt: string | null;
  updatedAt: string;
  values: FormValues;
  textStatus: Record<string, TextStatus>;
  incoming: { role: string; ref: string }[];
}

export function partialDate(date: Date | null, precision: string | null): string {
  const iso = isoDate(date);
  if (!iso) return '';
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso;
}

export async function getEditorRecord(actor: SessionUser, type: RecordTypeName, slug: string): Promise<EditorRecord | null> {
  assertCan(actor, 'admin.read');
  const row = await db().record.findUnique({
    where: { type_slug: { type: toDbType(type), slug } },
    select: {
      ...attributesSelect,
      id: true, slug: true, state: true, version: true, deletedAt: true, updatedAt: true,
      originalLocale: true, date: true, datePrecision: true, endDate: true,
      texts: { select: { field: true, locale: true, text: true, status: true } },
      aliases: { select: { locale: true, text: true } },
      linksFrom: { select: { role: true, to: { select: { type: true, slug: true } } } },
      linksTo: { where: { from: { deletedAt: null } }, select: { role: true, from: { select: { type: true, slug: true } } } },
      evidence: { select: { paragraph: { select: { anchor: true, source: { select: { record: { select: { slug: true } } } } } } } },
    },
  });
  if (!row) return null;
  const values: FormValues = {
    id: [row.id],
    version: [String(row.version)],
    slug: [row.slug],
    originalLocale: [row.originalLocale],
    date: [partialDate(row.date, row.datePrecision)],
    endDate: [isoDate(row.endDate) ?? ''],
    evidence: row.evidence.map((item) => `${item.paragraph.source.record.slug}#${item.paragraph.anchor}`),
  };
  for (const [key, value] of Object.entries(toAttributes(row))) values[`attributes.${key}`] = [value == null ? '' : String(value)];
  const textStatus: Record<string, TextStatus> = {};
  for (const text of row.texts) {
    values[`texts.${text.field}.${text.locale}`] = [text.text];
    textStatus[`${text.field}.${text.locale}`] = text.status;
  }
  for (const locale of ['ru', 'en'] as const) values[`aliases.${locale}`] = [row.aliases.filter((alias) => alias.locale === locale).map((alias) => alias.text).join('\n')];
  for (const link of row.linksFrom) (values[`relations.${link.role}`] ??= []).push(`${fromDbType(link.to.type)}:${link.to.slug}`);
  return {
    id: row.id,
    type,
    slug: row.slug,
    state: row.state,
    version: row.version,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    values,
    textStatus,
    incoming: row.linksTo.map((link) => ({ role: link.role, ref: `${fromDbType(link.from.type)}:${link.from.slug}` })),
  };
}

export interface RefLabel {
  ref: string;
  names: TextRow[];
  state: string;
}

/** Names of the records a form points to ("type:slug"), for its chips and read-only lists. */
export async function labelRefs(refs: string[]): Promise<Record<string, RefLabel>> {
  const pairs = [...new Set(refs)].map((ref) => ref.split(':')).filter(([type, slug]) => type && slug);
  if (!pairs.length) return {};
  const rows = await db().record.findMany({
    where: { OR: pairs.map(([type, slug]) => ({ type: toDbType(type as RecordTypeName), slug })) },
    select: { type: true, slug: true, state: true, texts: { where: { field: { in: ['name', 'shortName'] } }, select: { field: true, locale: true, text: true, status: true } } },
  });
  return Object.fromEntries(rows.map((row) => {
    const ref = `${fromDbType(row.type)}:${row.slug}`;
    return [ref, { ref, names: row.texts, state: row.state }];
  }));
}

export interface ParagraphOption {
  ref: string;
  number: number;
  kind: string;
  text: { ru?: string; en?: string };
}

/** The paragraphs of the given sources, for the statement form's "cited paragraphs" choice. */
export async function listSourceParagraphs(sourceSlugs: string[]): Promise<{ source: string; paragraphs: ParagraphOption[] }[]> {
  if (!sourceSlugs.length) return [];
  const sources = await db().source.findMany({
    where: { record: { slug: { in: [...new Set(sourceSlugs)] }, deletedAt: null } },
    select: { record: { select: { slug: true } }, paragraphs: { orderBy: { position: 'asc' }, select: { anchor: true, position: true, kind: true, texts: { select: { locale: true, text: true } } } } },
  });
  return sources.map((source) => ({
    source: source.record.slug,
    paragraphs: source.paragraphs.map((paragraph) => ({
      ref: `${source.record.slug}#${paragraph.anchor}`,
      number: paragraph.position,
      kind: paragraph.kind,
      text: Object.fromEntries(paragraph.texts.map((text) => [text.locale, text.text])),
    })),
  }));
}
