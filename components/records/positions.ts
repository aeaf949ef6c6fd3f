import { pickText, type TextRow } from '@/lib/data/texts';
import type { PositionView } from '@/lib/data/record-shapes';
import type { Locale } from '@/lib/generated/prisma/enums';

/** A position's title in the reader's language, or the other one (flagged), like any record text. */
export function positionTitle(position: PositionView, locale: Locale) {
  const rows: TextRow[] = position.titles.map((title) => ({ field: 'title', locale: title.locale, text: title.title, status: title.status }));
  return pickText(rows, 'title', locale);
}

/** Most recent first; a position the source does not date goes last. */
export function sortPositions(positions: PositionView[]): PositionView[] {
  return [...positions].sort((a, b) => (a.asOf === b.asOf ? 0 : !a.asOf ? 1 : !b.asOf ? -1 : a.asOf < b.asOf ? 1 : -1));
}
