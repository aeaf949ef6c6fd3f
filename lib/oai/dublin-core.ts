import type { OaiRecordData } from '@/lib/data/oai';
import { recordPath } from '@/lib/data/record-types';
import type { TextRow } from '@/lib/data/texts';
import type { RecordTypeName } from '@/lib/validation/records';
import { DC_NS, OAI_DC_NS, OAI_DC_SCHEMA, XSI_NS } from './protocol';
import { element, text } from './xml';

type Bilingual = Record<'en' | 'ru', string>;

export interface DublinCoreContext {
  site: string;
  /** Each type's name in both languages (messages `Types.one`). */
  typeNames: Record<RecordTypeName, Bilingual>;
}

/** Texts in every language there is, each tagged with its xml:lang; the original language (if known) first. */
function localized(name: string, rows: TextRow[], field: string, first?: string): string[] {
  return rows
    .filter((row) => row.field === field)
    .sort((a, b) => Number(b.locale === first) - Number(a.locale === first) || a.locale.localeCompare(b.locale))
    .map((row) => text(name, row.text, { 'xml:lang': row.locale }));
}

function dcDate(date: string | null, precision: OaiRecordData['datePrecision']): string[] {
  if (!date) return [];
  const value = precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
  return [text('dc:date', value)];
}

/** DCMI Type Vocabulary terms that fit; people, organisations and the like have none. */
const dcmiType: Partial<Record<RecordTypeName, string>> = { statement: 'Text', source: 'Text', conference: 'Event' };

const urls = (site: string, type: RecordTypeName, slug: string) =>
  (['en', 'ru'] as const).map((locale) => ({ locale, url: `${site}/${locale}${recordPath(type, slug)}` }));

/**
 * A record as simple Dublin Core (oai_dc), in both languages: every element whose content
 * depends on a language carries xml:lang; dates, language codes and DCMI types are the same in
 * both and carry none.
 */
export function dublinCore(record: OaiRecordData, context: DublinCoreContext): string {
  const { texts, related } = record;
  const speakers = related.filter((link) => link.outgoing && link.role === 'SPEAKER');
  const countries = related.filter((link) => link.type === 'country');
  const languages = [...new Set([record.originalLocale, ...texts.map((row) => row.locale)])];
  const children = [
    ...localized('dc:title', texts, 'name', record.originalLocale),
    ...speakers.flatMap((speaker) => localized('dc:creator', speaker.names, 'name', record.originalLocale)),
    ...localized('dc:description', texts, 'description', record.originalLocale),
    ...localized('dc:description', texts, 'quote', record.originalLocale),
    ...localized('dc:description', texts, 'context', record.originalLocale),
    ...localized('dc:publisher', texts, 'publisher', record.originalLocale),
    ...dcDate(record.date, record.datePrecision),
    ...(dcmiType[record.type] ? [text('dc:type', dcmiType[record.type]!)] : []),
    ...(['en', 'ru'] as const).map((locale) => text('dc:type', context.typeNames[record.type][locale], { 'xml:lang': locale })),
    ...urls(context.site, record.type, record.slug).map(({ locale, url }) => text('dc:identifier', url, { 'xml:lang': locale })),
    ...languages.map((locale) => text('dc:language', locale)),
    ...localized('dc:coverage', texts, 'location', record.originalLocale),
    ...countries.flatMap((country) => localized('dc:coverage', country.names, 'name', record.originalLocale)),
    ...related.flatMap((link) => urls(context.site, link.type, link.slug).map(({ locale, url }) => text('dc:relation', url, { 'xml:lang': locale }))),
  ];
  return element(
    'oai_dc:dc',
    { 'xmlns:oai_dc': OAI_DC_NS, 'xmlns:dc': DC_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${OAI_DC_NS} ${OAI_DC_SCHEMA}` },
    children,
  );
}
