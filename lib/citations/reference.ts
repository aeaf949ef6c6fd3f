import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordDetail } from '@/lib/data/record-shapes';
import { segments } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';

/**
 * What every citation format needs to know about a record, in one language: the formats below
 * only arrange it. The permalink has no locale prefix (the site sends a reader to their language),
 * so it stays the same whichever language the citation was made in.
 */
export interface Reference {
  id: string;
  title: string;
  authors: string[];
  date: { year: number; month?: number; day?: number } | null;
  url: string;
  siteName: string;
  language: Locale;
  kind: RecordDetail['type'];
  accessed: Date;
}

export const SITE_NAME: Record<Locale, string> = {
  en: 'Counter-Terrorism Cooperation Knowledge Base',
  ru: 'База знаний о международном антитеррористическом сотрудничестве',
};

export function toReference(record: RecordDetail, locale: Locale, site: string, accessed = new Date()): Reference {
  const title = pickText(record.texts, 'name', locale);
  const authors = record.links
    .filter((link) => link.role === 'SPEAKER' && link.direction === 'out')
    .map((link) => pickText(link.other.names, 'name', locale)?.text)
    .filter((name): name is string => Boolean(name));
  const [year, month, day] = record.date?.split('-').map(Number) ?? [];
  const precision = record.datePrecision;
  return {
    id: `${record.type}-${record.slug}`,
    title: title?.text ?? record.slug,
    authors,
    date: year ? { year, month: precision === 'YEAR' ? undefined : month, day: precision === 'DAY' ? day : undefined } : null,
    url: `${site}/${segments[record.type]}/${record.slug}`,
    siteName: SITE_NAME[locale],
    language: title?.lang ?? locale,
    kind: record.type,
    accessed,
  };
}
