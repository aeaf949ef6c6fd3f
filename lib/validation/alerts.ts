import { z } from 'zod';
import { locales, slugSchema } from './common';
import { searchFacets, searchQuerySchema, type SearchFilters } from './search-query';

/**
 * What a reader may follow and how, the same for the subscribe form, its server action and the
 * data layer. Messages are codes (`email`, `frequency` …) that the form turns into the reader's
 * language (messages `Alerts.errors.*`).
 */
export const alertFrequencies = ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
export type AlertFrequencyName = (typeof alertFrequencies)[number];

/** Records a reader can follow: everything newly published that is related to them. */
export const followTypes = ['organisation', 'initiative', 'person'] as const;
export type FollowType = (typeof followTypes)[number];

const shape = searchQuerySchema.shape;

/** A search as the search page takes it: the words and the facets, no page. */
export const savedSearchSchema = z.object({
  q: shape.q,
  type: shape.type,
  organisation: shape.organisation,
  country: shape.country,
  year: shape.year,
  lang: shape.lang,
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const alertTargetSchema = z.discriminatedUnion(
  'kind',
  [
    savedSearchSchema.extend({ kind: z.literal('search') }),
    z.object({ kind: z.literal('follow'), follow: z.enum(followTypes), slug: slugSchema }),
  ],
  { error: 'target' },
);
export type AlertTarget = z.infer<typeof alertTargetSchema>;

/** An address as typed: trimmed, lowercased (one reader per mailbox), at most 254 characters. */
export const emailSchema = z
  .string({ error: 'email' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'email' })
  .pipe(z.email({ error: 'email' }));

export const subscribeSchema = z.object({
  email: emailSchema,
  frequency: z.enum(alertFrequencies, { error: 'frequency' }),
  language: z.enum(locales, { error: 'language' }),
  target: alertTargetSchema,
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

export const manageLinkSchema = z.object({ email: emailSchema });

/** The random part of an alert link (lib/alerts/tokens.ts makes them). */
export const alertTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The form's fields as the schema takes them: the target travels in hidden inputs. */
export function subscribeFormValues(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const target = text('follow')
    ? { kind: 'follow', follow: text('follow'), slug: text('slug') }
    : { kind: 'search', q: text('q') ?? '', ...Object.fromEntries(searchFacets.map((facet) => [facet, text(facet)])) };
  return { email: text('email') ?? '', frequency: text('frequency'), language: text('language'), target };
}

export type FieldErrors = Partial<Record<'email' | 'frequency' | 'language' | 'target', string>>;

/** Which fields have a problem; the code is the field's name (messages `Alerts.errors.<field>`). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const head = issue.path[0];
    const field = head === 'email' || head === 'frequency' || head === 'language' ? head : 'target';
    errors[field] ??= field;
  }
  return errors;
}

/**
 * What the subscribe page was asked to follow, read leniently from its URL:
 * `?follow=organisation&slug=csto`, or a search's own query (`?q=…&type=…`). Null: nothing.
 */
export function targetFromSearchParams(params: Record<string, string>): AlertTarget | null {
  const input = params.follow
    ? { kind: 'follow', follow: params.follow, slug: params.slug }
    : { kind: 'search', q: params.q, ...Object.fromEntries(searchFacets.map((facet) => [facet, params[facet]])) };
  const parsed = alertTargetSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export function searchFiltersOf(search: SavedSearch): Partial<SearchFilters> {
  return Object.fromEntries(searchFacets.filter((facet) => search[facet] !== undefined).map((facet) => [facet, search[facet]]));
}
