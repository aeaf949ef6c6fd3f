import type { FilterOptions } from '@/lib/data/filter-options';
import type { RecordRef } from '@/lib/data/record-shapes';
import { pickText } from '@/lib/data/texts';
import type { Locale } from '@/lib/generated/prisma/enums';

export interface Choice {
  value: string;
  label: string;
  lang?: Locale;
}

/**
 * The organisations (or initiatives) the timeline can be narrowed to: those related to any dated
 * type, merged from each list's filter options, named and sorted in the reader's language.
 */
export function mergeChoices(options: FilterOptions[], filter: 'organisation' | 'initiative', locale: Locale): Choice[] {
  const bySlug = new Map<string, RecordRef>();
  for (const option of options) for (const ref of option.related[filter] ?? []) bySlug.set(ref.slug, ref);
  return [...bySlug.values()]
    .map((ref) => {
      const name = pickText(ref.names, 'name', locale);
      return { value: ref.slug, label: name?.text ?? ref.slug, lang: name && name.lang !== locale ? name.lang : undefined };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
