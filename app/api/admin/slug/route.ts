import { z } from 'zod';
import { adminLookup } from '@/lib/api/admin-route';
import { isSlugFree } from '@/lib/data/admin/admin-records';
import { slugSchema } from '@/lib/validation/common';
import { recordTypeNames } from '@/lib/validation/records';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  type: z.enum(recordTypeNames),
  slug: z.string().max(200),
  except: z.uuid().optional(),
});

/** Whether a slug is well-formed and free, for the form to say so as one types. */
export function GET(request: Request) {
  return adminLookup(request, 'admin.read', querySchema, async ({ type, slug, except }, user) => {
    if (!slugSchema.safeParse(slug).success) return { valid: false, free: false };
    return { valid: true, free: await isSlugFree(user, type, slug, except) };
  });
}
