import { z } from 'zod';
import { aliasSchema, localeSchema, localizedText, partialDateSchema, requiredLocalizedText, slugSchema, webUrlSchema } from './common';

/**
 * The record schemas shared by the editors' forms and the seed: one per type, each the common
 * columns plus that type's texts and attributes.
 */
const NAME_MAX = 500;
const SHORT_MAX = 120;
const LONG_MAX = 20_000;

/** The longest text each translatable field takes: the forms size their inputs by it. */
export const textFieldLimits: Record<string, number> = {
  name: NAME_MAX, shortName: SHORT_MAX, location: NAME_MAX, publisher: NAME_MAX,
  description: LONG_MAX, quote: LONG_MAX, context: LONG_MAX,
};

const base = {
  slug: slugSchema,
  originalLocale: localeSchema.optional(),
  date: partialDateSchema.nullish(),
  endDate: partialDateSchema.nullish(),
  aliases: z.array(aliasSchema).default([]),
};

export const organisationSchema = z.object({
  ...base,
  type: z.literal('organisation'),
  attributes: z.object({
    kind: z.enum(['INTERNATIONAL_ORGANISATION', 'INTERNATIONAL_BODY', 'GOVERNMENT_AGENCY', 'LEGISLATIVE_BODY', 'EDUCATIONAL_INSTITUTION', 'MEDIA', 'NGO', 'OTHER']),
  }),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    shortName: localizedText(SHORT_MAX).optional(),
    description: localizedText(LONG_MAX).optional(),
  }),
});

export const personSchema = z.object({
  ...base,
  type: z.literal('person'),
  attributes: z.object({}).default({}),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    description: localizedText(LONG_MAX).optional(),
  }),
});

export const conferenceSchema = z.object({
  ...base,
  type: z.literal('conference'),
  attributes: z.object({ kind: z.enum(['CONFERENCE', 'SUMMIT', 'MEETING', 'SESSION', 'OTHER']) }),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    description: localizedText(LONG_MAX).optional(),
    location: localizedText(NAME_MAX).optional(),
  }),
});

export const initiativeSchema = z.object({
  ...base,
  type: z.literal('initiative'),
  attributes: z.object({
    kind: z.enum(['DRAFT_RESOLUTION', 'RESOLUTION', 'CONVENTION', 'PROGRAMME', 'OPERATION', 'STRATEGY', 'REGIONAL_MECHANISM', 'DECREE', 'LAW', 'DECLARATION', 'PROPOSAL', 'OTHER']),
    status: z.enum(['PROPOSED', 'ADOPTED', 'IN_FORCE', 'ONGOING', 'COMPLETED', 'REJECTED', 'UNKNOWN']).default('UNKNOWN'),
  }),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    description: localizedText(LONG_MAX).optional(),
  }),
});

export const statementSchema = z.object({
  ...base,
  type: z.literal('statement'),
  attributes: z.object({}).default({}),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    quote: requiredLocalizedText(LONG_MAX),
    context: localizedText(LONG_MAX).optional(),
  }),
});

export const countrySchema = z.object({
  ...base,
  type: z.literal('country'),
  attributes: z.object({ iso2: z.string().regex(/^[A-Z]{2}$/, { error: 'iso2' }) }),
  texts: z.object({ name: requiredLocalizedText(NAME_MAX) }),
});

export const sourceSchema = z.object({
  ...base,
  type: z.literal('source'),
  attributes: z.object({
    kind: z.enum(['INTERVIEW', 'PRESS_RELEASE', 'STATEMENT', 'WEB_PAGE', 'NEWS', 'OTHER']),
    url: z.preprocess((value) => (value === '' ? null : value), webUrlSchema.nullish()),
  }),
  texts: z.object({
    name: requiredLocalizedText(NAME_MAX),
    description: localizedText(LONG_MAX).optional(),
    publisher: localizedText(NAME_MAX).optional(),
  }),
});

export const recordSchema = z.discriminatedUnion('type', [
  organisationSchema,
  personSchema,
  conferenceSchema,
  initiativeSchema,
  statementSchema,
  countrySchema,
  sourceSchema,
]);

export type RecordInput = z.infer<typeof recordSchema>;
export type RecordTypeName = RecordInput['type'];

export const recordTypeNames = ['statement', 'conference', 'organisation', 'initiative', 'person', 'source', 'country'] as const satisfies readonly RecordTypeName[];

export const recordSchemas = {
  organisation: organisationSchema,
  person: personSchema,
  conference: conferenceSchema,
  initiative: initiativeSchema,
  statement: statementSchema,
  country: countrySchema,
  source: sourceSchema,
} as const satisfies { [T in RecordTypeName]: z.ZodType<Extract<RecordInput, { type: T }>, unknown> };
