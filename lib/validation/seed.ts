import { z } from 'zod';
import { localeSchema, localizedText, partialDateSchema, slugSchema, webUrlSchema } from './common';
import { linkRoleSchema } from './link';
import { recordSchema, recordTypeNames, sourceSchema } from './records';

/** The seed files' shapes (prisma/seed/README.md); records go through the editors' schemas. */
const paragraphIdSchema = z.string().regex(/^p-\d+$/);
const evidenceSchema = z.array(paragraphIdSchema).default([]);
const recordRefSchema = z.string().regex(/^[a-z]+:[a-z0-9-]+$/);

export const paragraphSchema = z.object({
  id: paragraphIdSchema,
  kind: z.enum(['heading', 'dateline', 'text', 'question', 'answer']),
  ru: z.string().min(1),
  en: z.string().min(1),
});

export const seedSourceSchema = z.object({
  slug: slugSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  kind: sourceSchema.shape.attributes.shape.kind,
  originalLocale: localeSchema,
  date: partialDateSchema.nullish(),
  url: webUrlSchema.nullish(),
  texts: sourceSchema.shape.texts,
  paragraphs: z.array(paragraphSchema).min(1),
});

/** A record declared elsewhere (common.json or another document), cited here. */
export const seedReferenceSchema = z.object({
  type: z.enum(recordTypeNames),
  slug: slugSchema,
  evidence: evidenceSchema,
  aliases: z.undefined().optional(),
  texts: z.undefined().optional(),
});

export const seedRecordSchema = z.union([
  recordSchema.and(z.object({ evidence: evidenceSchema })),
  seedReferenceSchema,
]);

export const seedLinkSchema = z.object({
  from: recordRefSchema,
  role: linkRoleSchema,
  to: recordRefSchema,
  evidence: evidenceSchema,
});

export const seedPositionSchema = z.object({
  person: slugSchema,
  organisation: slugSchema.nullish(),
  asOf: partialDateSchema.nullish(),
  title: localizedText(500),
  evidence: evidenceSchema,
});

export const seedDocumentSchema = z.object({
  source: seedSourceSchema,
  records: z.array(seedRecordSchema).default([]),
  links: z.array(seedLinkSchema).default([]),
  positions: z.array(seedPositionSchema).default([]),
});

export const seedCommonSchema = z.object({
  records: z.array(recordSchema),
  links: z.array(seedLinkSchema.omit({ evidence: true })).default([]),
});

export type SeedDocument = z.infer<typeof seedDocumentSchema>;
export type SeedCommon = z.infer<typeof seedCommonSchema>;
