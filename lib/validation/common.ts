import { z } from 'zod';

export const locales = ['ru', 'en'] as const;
export const localeSchema = z.enum(locales);

/** One Latin slug shared by both locales: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' });

/** "2018", "2018-04" or "2018-04-04": how precisely a source dates something. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'date' })
  .refine((value) => !Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value)), { error: 'date' });

/**
 * A web address readers may follow: http or https only. `javascript:`, `data:` and other schemes
 * parse as URLs too, and a link to one would run or show what an editor typed, not a page.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'url' }).max(2000);

export type PartialDate = z.infer<typeof partialDateSchema>;

export function parsePartialDate(value: string): { date: Date; precision: 'YEAR' | 'MONTH' | 'DAY' } {
  const [year, month = '01', day = '01'] = value.split('-');
  const precision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
  return { date: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))), precision };
}

/** A translatable field: text in Russian, English or both; blank counts as missing. */
export function localizedText(max: number) {
  const side = z.string().trim().max(max).optional().transform((value) => (value ? value : undefined));
  return z.object({ ru: side, en: side });
}

export function requiredLocalizedText(max: number) {
  return localizedText(max).refine((value) => Boolean(value.ru || value.en), { error: 'required', path: ['en'] });
}

export const aliasSchema = z.object({
  locale: localeSchema,
  text: z.string().trim().min(1).max(300),
  kind: z.enum(['ACRONYM', 'VARIANT', 'TRANSLITERATION']),
});
