import { pickText } from '@/lib/data/texts';
import { recordPath } from '@/lib/data/record-types';
import type { RecordDetail, RecordRef } from '@/lib/data/record-shapes';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { LinkRoleName } from '@/lib/validation/link';
import { siteUrl } from '@/lib/seo/metadata';
import { positionTitle, sortPositions } from './positions';

/** schema.org descriptions of a record (Event, Organization, Person, Quotation …) in the page's language. */
const pageUrl = (locale: Locale, ref: Pick<RecordRef, 'type' | 'slug'>) => `${siteUrl()}/${locale}${recordPath(ref.type, ref.slug)}`;

const schemaTypes = { conference: 'Event', organisation: 'Organization', person: 'Person', statement: 'Quotation', initiative: 'CreativeWork', country: 'Country', source: 'CreativeWork' } as const;

function text(record: Pick<RecordDetail, 'texts'>, field: string, locale: Locale) {
  return pickText(record.texts, field, locale)?.text;
}

function entity(ref: RecordRef, locale: Locale) {
  return { '@type': schemaTypes[ref.type], name: pickText(ref.names, 'name', locale)?.text ?? ref.slug, url: pageUrl(locale, ref) };
}

const linked = (record: RecordDetail, role: LinkRoleName) => record.links.filter((link) => link.role === role && link.direction === 'out').map((link) => link.other);

/** ISO 8601 only as precise as the source: "2013", "2016-10", "2018-11-08". */
function isoPartial(date: string | null, precision: RecordDetail['datePrecision']): string | undefined {
  if (!date) return undefined;
  return precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
}

function oneOrMany<T>(items: T[]): T | T[] | undefined {
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : items;
}

function typeSpecific(record: RecordDetail, locale: Locale): Record<string, unknown> {
  const names = (refs: RecordRef[]) => oneOrMany(refs.map((ref) => entity(ref, locale)));
  const date = isoPartial(record.date, record.datePrecision);
  switch (record.type) {
    case 'conference': {
      const place = text(record, 'location', locale) ?? linked(record, 'HELD_IN').map((ref) => pickText(ref.names, 'name', locale)?.text)[0];
      return {
        startDate: date,
        endDate: isoPartial(record.endDate, record.datePrecision),
        location: place ? { '@type': 'Place', name: place } : undefined,
        organizer: names(linked(record, 'ORGANISED_BY')),
      };
    }
    case 'organisation':
      return {
        alternateName: oneOrMany([...new Set([text(record, 'shortName', locale), ...record.aliases.map((alias) => alias.text)].filter(Boolean))]),
        parentOrganization: names(linked(record, 'PART_OF')),
      };
    case 'person': {
      const latest = sortPositions(record.positions.filter((position) => position.person.slug === record.slug))[0];
      return {
        jobTitle: latest ? positionTitle(latest, locale)?.text : undefined,
        worksFor: latest?.organisation ? entity(latest.organisation, locale) : undefined,
      };
    }
    case 'statement': {
      const speakers = linked(record, 'SPEAKER');
      const quote = pickText(record.texts, 'quote', locale);
      return {
        headline: text(record, 'name', locale),
        text: quote?.text,
        inLanguage: quote?.lang,
        creator: names(speakers),
        spokenByCharacter: names(speakers.filter((ref) => ref.type === 'person')),
        dateCreated: date,
        isBasedOn: oneOrMany([...new Set(record.citations.map((citation) => `${siteUrl()}/${locale}/sources/${citation.source.slug}`))]),
      };
    }
    case 'initiative':
      return { dateCreated: date, creator: names(linked(record, 'PROPOSED_BY')) };
    case 'country':
      return { identifier: record.attributes.iso2, alternateName: oneOrMany(record.aliases.map((alias) => alias.text)) };
    default:
      return {};
  }
}

export function recordJsonLd(record: RecordDetail, locale: Locale): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypes[record.type],
    '@id': pageUrl(locale, record),
    url: pageUrl(locale, record),
    name: text(record, 'name', locale),
    description: text(record, 'description', locale),
    ...typeSpecific(record, locale),
  };
}
