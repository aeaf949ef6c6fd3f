import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { FilterOptions } from '@/lib/data/filter-options';
import { pickText } from '@/lib/data/texts';
import { locales } from '@/lib/validation/common';
import { filtersByType, initiativeStatuses, kindsByType, relationFilters, type ListQuery, type RelationFilter } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import type { FilterName } from './list-url';

/**
 * Each filter of a list as the form and the chips show it: a label, the choices named in the
 * reader's language, and the current value. One place, so the form and the chips agree.
 */
export interface FilterChoice {
  value: string;
  label: string;
  /** Set when the label is in the other language (a name with no text in the reader's). */
  lang?: Locale;
}

export interface FilterField {
  name: FilterName;
  label: string;
  choices: FilterChoice[];
  value?: string;
  /** Only the records most linked to the list are offered (FILTER_CHOICES_LIMIT). */
  capped?: boolean;
}

const isRelation = (name: string): name is RelationFilter => (relationFilters as readonly string[]).includes(name);

export async function filterFields(type: RecordTypeName, query: ListQuery, options: FilterOptions, locale: Locale): Promise<FilterField[]> {
  const t = await getTranslations('Lists');
  const tKinds = await getTranslations('Kinds');
  const tStatuses = await getTranslations('Statuses');
  const tLanguages = await getTranslations('Languages');
  const collator = new Intl.Collator(locale);

  function choicesFor(name: FilterName): FilterChoice[] {
    if (isRelation(name)) {
      return (options.related[name] ?? [])
        .map((ref) => {
          const shown = pickText(ref.names, 'name', locale);
          return { value: ref.slug, label: shown?.text ?? ref.slug, lang: shown && shown.lang !== locale ? shown.lang : undefined };
        })
        .sort((a, b) => collator.compare(a.label, b.label));
    }
    if (name === 'kind') return (kindsByType[type] ?? []).map((kind) => ({ value: kind, label: tKinds(kind as Parameters<typeof tKinds>[0]) }));
    if (name === 'status') return initiativeStatuses.map((status) => ({ value: status, label: tStatuses(status) }));
    if (name === 'year') return options.years.map((year) => ({ value: String(year), label: String(year) }));
    return locales.map((lang) => ({ value: lang, label: tLanguages(lang) }));
  }

  return filtersByType[type].map((name) => {
    const value = query[name] === undefined ? undefined : String(query[name]);
    const choices = choicesFor(name);
    // A valid value the options do not offer (a record with nothing linked to this list) still
    // round-trips through the form instead of being dropped silently.
    if (value !== undefined && !choices.some((choice) => choice.value === value)) choices.unshift({ value, label: value });
    return { name, label: t(`filter.${name}`), choices, value, ...(isRelation(name) && options.capped.includes(name) ? { capped: true } : {}) };
  });
}

/** The label of a field's current value, for chips and notices. */
export function currentChoice(field: FilterField): FilterChoice | undefined {
  return field.choices.find((choice) => choice.value === field.value);
}
