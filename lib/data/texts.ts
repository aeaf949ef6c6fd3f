import type { Locale, TextStatus } from '@/lib/generated/prisma/enums';

/**
 * A translatable field as a page shows it: the text in the reader's language when there is one,
 * otherwise the other language's, flagged so the page can badge it and set `lang`.
 */
export interface ShownText {
  text: string;
  lang: Locale;
  status: TextStatus;
  /** True when the reader's language has no text and this is the other language's. */
  fallback: boolean;
}

export interface TextRow {
  field: string;
  locale: Locale;
  text: string;
  status: TextStatus;
}

/** Both languages of one field, as the API and the side-by-side views need them. */
export type BothTexts = Partial<Record<Locale, { text: string; status: TextStatus }>>;

export function pickText(rows: readonly TextRow[], field: string, locale: Locale): ShownText | null {
  const own = rows.find((row) => row.field === field && row.locale === locale);
  if (own) return { text: own.text, lang: own.locale, status: own.status, fallback: false };
  const other = rows.find((row) => row.field === field);
  return other ? { text: other.text, lang: other.locale, status: other.status, fallback: true } : null;
}

export function bothTexts(rows: readonly TextRow[]): Record<string, BothTexts> {
  const fields: Record<string, BothTexts> = {};
  for (const row of rows) (fields[row.field] ??= {})[row.locale] = { text: row.text, status: row.status };
  return fields;
}
