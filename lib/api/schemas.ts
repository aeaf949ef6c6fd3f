import { z } from 'zod';
import { linkRoleSchema } from '@/lib/validation/link';
import { recordTypeNames } from '@/lib/validation/records';

/**
 * The shapes of the API's responses. The route handlers build their bodies through these and
 * the OpenAPI document (lib/api/openapi.ts) is generated from them, so the two cannot drift.
 */
export const textStatusSchema = z.enum(['original', 'translation', 'outdated', 'missing']);

export const localizedValueSchema = z
  .object({ text: z.string().nullable(), status: textStatusSchema })
  .meta({ id: 'LocalizedValue', description: 'One language of a field: its text and whether it is the original, a translation, or missing.' });

export const localizedFieldSchema = z
  .object({ en: localizedValueSchema, ru: localizedValueSchema })
  .meta({ id: 'LocalizedField', description: 'A translatable field in both languages.' });

export const titleSchema = z.object({ en: z.string().nullable(), ru: z.string().nullable() }).meta({ id: 'Title' });

export const recordTypeSchema = z.enum(recordTypeNames).meta({ id: 'RecordType' });
export const datePrecisionSchema = z.enum(['day', 'month', 'year']).nullable();

export const recordRefSchema = z
  .object({ type: recordTypeSchema, slug: z.string(), title: titleSchema, date: z.string().nullable(), url: z.string() })
  .meta({ id: 'RecordRef' });

export const citationSchema = z
  .object({ source: z.string(), paragraph: z.number().int(), anchor: z.string(), url: z.string() })
  .meta({ id: 'Citation', description: 'A source paragraph that supports a fact.' });

export const listItemSchema = recordRefSchema
  .extend({
    datePrecision: datePrecisionSchema,
    originalLanguage: z.enum(['en', 'ru']),
    kind: z.string().nullable(),
    status: z.string().nullable(),
  })
  .meta({ id: 'ListItem' });

export const listResponseSchema = z
  .object({ items: z.array(listItemSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: 'ListResponse' });

export const recordSchema = z
  .object({
    type: recordTypeSchema,
    slug: z.string(),
    url: z.string(),
    date: z.string().nullable(),
    endDate: z.string().nullable(),
    datePrecision: datePrecisionSchema,
    originalLanguage: z.enum(['en', 'ru']),
    updatedAt: z.string(),
    version: z.number().int(),
    attributes: z.record(z.string(), z.string().nullable()),
    fields: z.record(z.string(), localizedFieldSchema),
    aliases: z.array(z.object({ language: z.enum(['en', 'ru']), text: z.string(), kind: z.string() })),
    links: z.array(z.object({ role: linkRoleSchema, direction: z.enum(['out', 'in']), record: recordRefSchema, citations: z.array(citationSchema) })),
    positions: z.array(
      z.object({ person: recordRefSchema, organisation: recordRefSchema.nullable(), asOf: z.string().nullable(), title: localizedFieldSchema, citations: z.array(citationSchema) }),
    ),
    citations: z.array(citationSchema),
  })
  .meta({ id: 'Record' });

export const errorSchema = z
  .object({ error: z.object({ code: z.enum(['bad_request', 'not_found', 'unavailable', 'internal']), message: z.string() }) })
  .meta({ id: 'Error' });

export type ApiRecord = z.infer<typeof recordSchema>;
export type ApiListResponse = z.infer<typeof listResponseSchema>;
