import { getTranslations } from 'next-intl/server';
import { pickText } from '@/lib/data/texts';
import type { FacetValue } from '@/lib/search/types';
import type { SearchFacet } from '@/lib/validation/search-query';
import type { RecordTypeName } from '@/lib/validation/records';

export interface FacetLabel {
  text: string;
  /** Set when the text is in the other language (a record named only there). */
  lang?: string;
}

/** Names a facet value for the reader: types and languages from messages, records by their (short) name. */
export async function facetLabeller(locale: 'en' | 'ru') {
  const tTypes = await getTranslations('Types');
  const tLanguages = await getTranslations('Languages');
  return (facet: SearchFacet, value: FacetValue | string): FacetLabel => {
    const raw = typeof value === 'string' ? value : value.value;
    if (facet === 'type') return { text: tTypes(`many.${raw as RecordTypeName}`) };
    if (facet === 'lang') return { text: tLanguages(raw as 'en' | 'ru') };
    const record = typeof value === 'string' ? undefined : value.record;
    const name = record ? (pickText(record.names, 'shortName', locale) ?? pickText(record.names, 'name', locale)) : null;
    return name ? { text: name.text, lang: name.fallback ? name.lang : undefined } : { text: raw };
  };
}
