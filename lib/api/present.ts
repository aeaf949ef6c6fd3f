import type { Locale, TextStatus } from '@/lib/generated/prisma/enums';
import type { Citation, RecordDetail, RecordRef, RecordSummary } from '@/lib/data/record-shapes';
import type { Page } from '@/lib/data/record-list';
import { recordPath } from '@/lib/data/record-types';
import { bothTexts, type BothTexts } from '@/lib/data/texts';
import { listResponseSchema, recordSchema, type ApiListResponse, type ApiRecord } from './schemas';

/** Turns the data layer's shapes into the API's, through the response schemas. */
const status = (value?: { status: TextStatus }) => (value ? (value.status.toLowerCase() as 'original' | 'translation' | 'outdated') : 'missing');

function field(both: BothTexts) {
  const side = (locale: Locale) => ({ text: both[locale]?.text ?? null, status: status(both[locale]) });
  return { en: side('en'), ru: side('ru') };
}

const url = (type: RecordRef['type'], slug: string) => `/api/v1/${recordPath(type, slug).slice(1)}`;

function ref(record: RecordRef) {
  const names = bothTexts(record.names).name ?? {};
  return { type: record.type, slug: record.slug, title: { en: names.en?.text ?? null, ru: names.ru?.text ?? null }, date: record.date, url: url(record.type, record.slug) };
}

function citations(list: Citation[]) {
  return list.map((c) => ({ source: c.source.slug, paragraph: c.number, anchor: c.anchor, url: `/api/v1/sources/${c.source.slug}#${c.anchor}` }));
}

export function presentList(page: Page<RecordSummary>): ApiListResponse {
  return listResponseSchema.parse({
    ...page,
    items: page.items.map((item) => ({
      ...ref(item),
      datePrecision: item.datePrecision?.toLowerCase() ?? null,
      originalLanguage: item.originalLocale,
      kind: item.attributes.kind ?? null,
      status: item.attributes.status ?? null,
    })),
  });
}

export function presentRecord(record: RecordDetail): ApiRecord {
  const fields = Object.fromEntries(Object.entries(bothTexts(record.texts)).map(([name, both]) => [name, field(both)]));
  return recordSchema.parse({
    type: record.type,
    slug: record.slug,
    url: url(record.type, record.slug),
    date: record.date,
    endDate: record.endDate,
    datePrecision: record.datePrecision?.toLowerCase() ?? null,
    originalLanguage: record.originalLocale,
    updatedAt: record.updatedAt,
    version: record.version,
    attributes: Object.fromEntries(Object.entries(record.attributes).map(([k, v]) => [k, v ?? null])),
    fields,
    aliases: record.aliases.map((a) => ({ language: a.locale, text: a.text, kind: a.kind.toLowerCase() })),
    links: record.links.map((link) => ({ role: link.role, direction: link.direction, record: ref(link.other), citations: citations(link.citations) })),
    positions: record.positions.map((p) => ({
      person: ref(p.person),
      organisation: p.organisation ? ref(p.organisation) : null,
      asOf: p.asOf,
      title: field(Object.fromEntries(p.titles.map((t) => [t.locale, { text: t.title, status: t.status }]))),
      citations: citations(p.citations),
    })),
    citations: citations(record.citations),
  });
}
