import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordRef } from '@/lib/data/record-shapes';
import { toDbType } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';
import { refsById } from './details';
import { inSearchTransaction } from './search';

export interface Suggestion {
  record: RecordRef;
  /** The name or alias that starts like the typed text, as written. */
  text: string;
  lang: Locale;
}

const LIMIT = 8;
const CANDIDATES = 300;

/** Every word typed, as a prefix: "vlad kol" → 'vlad':* & 'kol':*. Words are letters and digits only. */
export function prefixQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= 60)
    .slice(0, 6);
  return words.length ? words.map((word) => `'${word}':*`).join(' & ') : null;
}

/**
 * Names and aliases that start like what the reader is typing, in either script: the typed
 * words as prefixes of the names' words, or the typed text's Latin skeleton as a prefix of the
 * names' skeletons ("Kolo" and "Коло" both find Колокольцев). The GIN index on the words answers
 * prefix queries; names that begin with the text come first, then people and bodies, then short names.
 */
export async function suggestRecords(text: string, locale: Locale, type?: RecordTypeName): Promise<Suggestion[]> {
  const words = prefixQuery(text);
  if (!words) return [];
  return inSearchTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; text: string; locale: Locale }[]>`
      WITH input AS (SELECT lower(search_fold(${text})) AS folded, search_skeleton(${text}) AS skeleton),
      q AS (
        SELECT to_tsquery('simple', ${words})
               || CASE WHEN input.skeleton <> '' THEN to_tsquery('simple', regexp_replace(input.skeleton, ' ', ':* & ', 'g') || ':*') ELSE ''::tsquery END AS query
        FROM input
      ),
      -- A short prefix of a common word matches thousands of names: order a sample of them.
      candidate AS MATERIALIZED (
        SELECT n."recordId", n."text", n."locale", n."type", n."id" FROM q, "SearchName" n
        WHERE n."words" @@ q.query ${type ? Prisma.sql`AND n."type" = ${toDbType(type)}::"RecordType"` : Prisma.empty}
        LIMIT ${CANDIDATES}
      )
      SELECT n."recordId" AS id, n."text", n."locale"::text AS locale
      FROM candidate n, input
      ORDER BY starts_with(lower(search_fold(n."text")), input.folded) DESC,
               array_position(ARRAY['PERSON', 'ORGANISATION', 'COUNTRY', 'CONFERENCE', 'INITIATIVE']::"RecordType"[], n."type"),
               (n."locale"::text = ${locale}) DESC, length(n."text"), n."id"
      LIMIT ${LIMIT * 5}`;
    const seen = new Set<string>();
    const best = rows.filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, LIMIT);
    const refs = await refsById(tx, best.map((row) => row.id));
    return best.flatMap((row) => {
      const record = refs.get(row.id);
      return record ? [{ record, text: row.text, lang: row.locale }] : [];
    });
  });
}
