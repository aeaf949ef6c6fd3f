import { z } from 'zod';
import { adminLookup } from '@/lib/api/admin-route';
import { suggestRecords } from '@/lib/data/admin/admin-records';
import { pickText } from '@/lib/data/texts';
import { translator } from '@/lib/i18n/translator';
import { localeSchema } from '@/lib/validation/common';
import { recordTypeNames } from '@/lib/validation/records';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  types: z.string().max(200).transform((value) => value.split(',')).pipe(z.array(z.enum(recordTypeNames)).min(1)),
  q: z.string().max(200).default(''),
  locale: localeSchema.default('en'),
});

/** Suggestions for the relation pickers, labelled in the editor's language. */
export function GET(request: Request) {
  return adminLookup(request, 'admin.read', querySchema, async ({ types, q, locale }, user) => {
    const [options, t] = await Promise.all([suggestRecords(user, types, q), translator(locale, 'Types')]);
    return {
      items: options.map((option) => ({
        ref: option.ref,
        label: `${pickText(option.names, 'name', locale)?.text ?? option.slug} (${t(`one.${option.type}`)}${option.state === 'PUBLISHED' ? '' : `, ${option.state.toLowerCase().replace('_', ' ')}`})`,
      })),
    };
  });
}
