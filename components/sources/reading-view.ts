import type { Locale } from '@/lib/generated/prisma/enums';

/** What the reader asked to see: both languages side by side (default), or one of them. */
export const readingViews = ['both', 'original', 'translation'] as const;
export type ReadingView = (typeof readingViews)[number];

/** Any other value (or a repeated parameter) falls back to side by side: a URL never breaks the page. */
export function parseReadingView(value: string | string[] | undefined): ReadingView {
  const first = Array.isArray(value) ? value[0] : value;
  return readingViews.find((view) => view === first) ?? 'both';
}

/** The two columns of a source: its original language first, then the knowledge base's translation. */
export function sourceColumns(originalLocale: Locale): { original: Locale; translation: Locale } {
  return { original: originalLocale, translation: originalLocale === 'ru' ? 'en' : 'ru' };
}
