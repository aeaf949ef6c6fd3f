import { pickText } from '@/lib/data/texts';
import type { RecordRef } from '@/lib/data/record-shapes';
import type { Locale } from '@/lib/generated/prisma/enums';

/** Oldest first, undated last, then by name in the reader's language: the order lists of records share. */
export function compareRefs(a: RecordRef, b: RecordRef, locale: string): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  const name = (ref: RecordRef) => pickText(ref.names, 'name', locale as Locale)?.text ?? ref.slug;
  return name(a).localeCompare(name(b), locale);
}
