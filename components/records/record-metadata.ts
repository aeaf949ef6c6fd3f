import type { Metadata } from 'next';
import { getRecordBySlug } from '@/lib/data/records';
import { recordPath } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';
import type { AppLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/metadata';
import { slugSchema } from '@/lib/validation/common';
import type { RecordTypeName } from '@/lib/validation/records';

const DESCRIPTION_MAX = 160;

/** At most 160 characters, cut at a word boundary, so search snippets end on a whole word. */
export function snippet(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A slug that cannot exist never reaches the database (nor fills the cache with junk keys). */
export function isSlug(slug: string): boolean {
  return slugSchema.safeParse(slug).success && slug === slug.trim();
}

/**
 * generateMetadata for a record page: its name in the reader's language (or the other one),
 * the start of its description or quote, canonical and hreflang links for both locales.
 */
export async function recordMetadata(type: RecordTypeName, params: Promise<{ locale: string; slug: string }>): Promise<Metadata> {
  const { locale, slug } = await params;
  const record = isSlug(slug) ? await getRecordBySlug(type, slug) : null;
  if (!record) return {};
  const appLocale = locale as AppLocale;
  const field = type === 'statement' ? 'quote' : 'description';
  return pageMetadata({
    locale: appLocale,
    path: recordPath(type, slug),
    title: pickText(record.texts, 'name', appLocale)?.text ?? slug,
    description: snippet(pickText(record.texts, field, appLocale)?.text),
    type: type === 'statement' ? 'article' : type === 'person' ? 'profile' : 'website',
    // Organisations and initiatives have a feed of the statements about them.
    feed: type === 'organisation' || type === 'initiative' ? `?${type}=${slug}` : undefined,
  });
}
