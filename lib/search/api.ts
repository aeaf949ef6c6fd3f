import { z } from 'zod';
import { recordPath } from '@/lib/data/record-types';
import type { RecordRef } from '@/lib/data/record-shapes';
import { recordTypeNames } from '@/lib/validation/records';
import { partsToText } from './highlight';
import type { Suggestion } from './suggest';
import type { SearchResult } from './types';

/**
 * The search API's answers (DESIGN.md: { items: [{ type, slug, title: {en, ru}, snippet, score }],
 * total }), built through these schemas so that lib/api/openapi.ts can describe them.
 * `snippet` is plain text; `highlights` gives the hits in it as [offset, length] in UTF-16 units.
 */
const titleSchema = z.object({ en: z.string().nullable(), ru: z.string().nullable() });

export const searchItemSchema = z
  .object({
    type: z.enum(recordTypeNames),
    slug: z.string(),
    title: titleSchema,
    snippet: z.string().nullable(),
    snippetLanguage: z.enum(['en', 'ru']).nullable(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
    score: z.number(),
    match: z.enum(['text', 'name']),
    date: z.string().nullable(),
    url: z.string(),
  })
  .meta({ id: 'SearchItem' });

export const searchResponseSchema = z
  .object({
    items: z.array(searchItemSchema),
    total: z.number().int().meta({ description: 'Full-text matches; at most 1000, see totalIsLowerBound.' }),
    totalIsLowerBound: z.boolean(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'SearchResponse' });

export const suggestResponseSchema = z
  .object({
    items: z.array(z.object({ type: z.enum(recordTypeNames), slug: z.string(), title: titleSchema, matched: z.string(), url: z.string() })),
  })
  .meta({ id: 'SuggestResponse' });

function title(record: RecordRef) {
  const name = (locale: 'en' | 'ru') => record.names.find((row) => row.field === 'name' && row.locale === locale)?.text ?? null;
  return { en: name('en'), ru: name('ru') };
}

const apiUrl = (record: RecordRef) => `/api/v1${recordPath(record.type, record.slug)}`;

export function presentSearch(result: SearchResult): z.infer<typeof searchResponseSchema> {
  return searchResponseSchema.parse({
    items: result.hits.map((hit) => {
      const snippet = hit.snippet ? partsToText(hit.snippet.parts) : null;
      return {
        type: hit.type,
        slug: hit.slug,
        title: title(hit),
        snippet: snippet?.text ?? null,
        snippetLanguage: hit.snippet?.lang ?? null,
        highlights: snippet?.highlights ?? [],
        score: Math.round(hit.score * 1e6) / 1e6,
        match: hit.match,
        date: hit.date,
        url: apiUrl(hit),
      };
    }),
    total: result.total,
    totalIsLowerBound: result.capped,
    page: result.page,
    pageSize: result.pageSize,
  });
}

export function presentSuggestions(suggestions: Suggestion[]): z.infer<typeof suggestResponseSchema> {
  return suggestResponseSchema.parse({
    items: suggestions.map((s) => ({ type: s.record.type, slug: s.record.slug, title: title(s.record), matched: s.text, url: apiUrl(s.record) })),
  });
}
