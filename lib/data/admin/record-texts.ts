import type { Locale, TextStatus } from '@/lib/generated/prisma/enums';
import type { RecordInput } from '@/lib/validation/records';

/**
 * Which status each saved text gets. The original language's text is ORIGINAL. A translation
 * typed or changed in this save is a TRANSLATION by this editor; one left alone while its
 * original changed becomes OUTDATED, unless the editor ticked "still current". A field with
 * only one language has that one as its original.
 */
export interface StoredText {
  field: string;
  locale: Locale;
  text: string;
  status: TextStatus;
  translatedBy: string | null;
  translatedAt: Date | null;
}

export function nextTexts(
  input: RecordInput,
  originalLocale: Locale,
  previous: StoredText[],
  stillCurrent: readonly string[],
  editorName: string,
  now = new Date(),
): StoredText[] {
  const before = new Map(previous.map((row) => [`${row.field}:${row.locale}`, row]));
  const rows: StoredText[] = [];
  for (const [field, value] of Object.entries(input.texts)) {
    const text = value as { ru?: string; en?: string } | undefined;
    if (!text) continue;
    const present = (['ru', 'en'] as const).filter((locale) => text[locale]);
    const original = present.length === 1 ? present[0] : originalLocale;
    const originalChanged = before.get(`${field}:${original}`)?.text !== text[original];
    for (const locale of present) {
      const old = before.get(`${field}:${locale}`);
      const value = text[locale]!;
      if (locale === original) {
        rows.push({ field, locale, text: value, status: 'ORIGINAL', translatedBy: null, translatedAt: null });
      } else if (!old || old.text !== value || old.status === 'ORIGINAL') {
        rows.push({ field, locale, text: value, status: 'TRANSLATION', translatedBy: editorName, translatedAt: now });
      } else if (stillCurrent.includes(field)) {
        rows.push({ ...old, status: 'TRANSLATION' });
      } else {
        rows.push({ ...old, status: originalChanged ? 'OUTDATED' : old.status });
      }
    }
  }
  return rows;
}
