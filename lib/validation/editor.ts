import { z } from 'zod';
import { localeSchema, partialDateSchema } from './common';
import { isLinkAllowed, linkRoleSchema, linkRules, type LinkRoleName } from './link';
import { recordSchemas, recordTypeNames, type RecordInput, type RecordTypeName } from './records';

/**
 * The editors' record form: the shared record schema of its type, plus what only the form has
 * (the version it was loaded at, outgoing relations, source paragraphs, translation flags).
 * One schema for the browser and the server action; the type and the author never come from
 * the form (the action fixes the type, the session gives the author).
 */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const recordRefSchema = z
  .string()
  .trim()
  .max(200)
  .regex(new RegExp(`^(${recordTypeNames.join('|')}):${SLUG}$`), { error: 'ref' })
  .transform((value) => {
    const [type, slug] = value.split(':');
    return { type: type as RecordTypeName, slug };
  });
export type RecordRefInput = z.output<typeof recordRefSchema>;

export const paragraphRefSchema = z
  .string()
  .trim()
  .max(200)
  .regex(new RegExp(`^${SLUG}#p-\\d{1,4}$`), { error: 'paragraph' })
  .transform((value) => {
    const [source, anchor] = value.split('#');
    return { source, anchor };
  });

const ACRONYM = /^[A-ZА-ЯЁ0-9]{2,12}$/u;
const aliasLines = z.string().max(3000).optional();

/** Aliases typed one per line and language; all-capital words count as acronyms. */
const aliasesField = z.object({ ru: aliasLines, en: aliasLines }).optional().transform((value, context) => {
  const aliases: RecordInput['aliases'] = [];
  for (const locale of ['ru', 'en'] as const) {
    const lines = (value?.[locale] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    for (const text of new Set(lines)) {
      if (text.length > 300) context.addIssue({ code: 'too_big', maximum: 300, origin: 'string', inclusive: true, path: [locale], input: text });
      aliases.push({ locale, text, kind: ACRONYM.test(text) ? 'ACRONYM' : 'VARIANT' });
    }
  }
  return aliases;
});

const relationsField = z
  .partialRecord(linkRoleSchema, z.array(recordRefSchema).max(100))
  .default({});

/** Roles a record of this type may hold as the "from" end: the relations its form offers. */
export function rolesFrom(type: RecordTypeName): LinkRoleName[] {
  return (Object.keys(linkRules) as LinkRoleName[]).filter((role) => (linkRules[role].from as readonly string[]).includes(type));
}

/** A form sends "" for an empty field: that means "not given". */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const editorExtras = {
  date: z.preprocess(blankAsMissing, partialDateSchema.optional()),
  endDate: z.preprocess(blankAsMissing, partialDateSchema.optional()),
  summary: z.preprocess(blankAsMissing, z.string().trim().max(500).optional()),
  id: z.uuid({ error: 'invalid' }).optional(),
  version: z.coerce.number({ error: 'invalid' }).int().min(0).max(1_000_000_000),
  originalLocale: localeSchema,
  aliases: aliasesField,
  relations: relationsField,
  evidence: z.array(paragraphRefSchema).max(200).default([]),
  /** Fields whose translation the editor confirmed is still current after the original changed. */
  translationCurrent: z.array(z.string().max(40)).max(20).default([]),
  intent: z.enum(['save', 'submit']).default('save'),
};

/** The form of one record type; the type itself is set here, never read from the form. */
export function editorSchema<T extends RecordTypeName>(type: T) {
  const schema = (recordSchemas[type] as unknown as z.ZodObject).extend(editorExtras).superRefine((value, context) => {
    const relations = (value.relations ?? {}) as Partial<Record<LinkRoleName, RecordRefInput[]>>;
    for (const [role, refs] of Object.entries(relations) as [LinkRoleName, RecordRefInput[]][]) {
      refs.forEach((ref, index) => {
        if (!isLinkAllowed(role, type, ref.type)) context.addIssue({ code: 'custom', message: 'relation', path: ['relations', role, index] });
      });
    }
  });
  return z.preprocess((value) => (value && typeof value === 'object' ? { ...value, type } : value), schema) as unknown as z.ZodType<EditorInput>;
}

export type EditorInput = RecordInput & {
  id?: string;
  version: number;
  relations: Partial<Record<LinkRoleName, RecordRefInput[]>>;
  evidence: { source: string; anchor: string }[];
  translationCurrent: string[];
  summary?: string;
  intent: 'save' | 'submit';
};

/** Form fields that repeat (collected as arrays by lib/forms/form-data.ts). */
export function isRepeatedEditorField(name: string): boolean {
  return name.startsWith('relations.') || name === 'evidence' || name === 'translationCurrent';
}
