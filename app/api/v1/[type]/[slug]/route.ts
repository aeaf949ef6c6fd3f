import { getRecordBySlug } from '@/lib/data/records';
import { apiError, apiJson, corsPreflight } from '@/lib/api/responses';
import { presentRecord } from '@/lib/api/present';
import { typeFromSegment } from '@/lib/api/record-type-param';
import { withDatabaseErrors } from '@/lib/api/database-errors';
import { slugSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

// GET /api/v1/{type}/{slug} → the record in both languages, with its links and citations.
export async function GET(request: Request, { params }: RouteContext<'/api/v1/[type]/[slug]'>) {
  const { type: segment, slug } = await params;
  const type = typeFromSegment(segment);
  if (!type) return apiError(404, 'not_found', 'Unknown record type.');
  if (!slugSchema.safeParse(slug).success) return apiError(404, 'not_found', `No ${type} with this slug.`);
  return withDatabaseErrors(async () => {
    const record = await getRecordBySlug(type, slug);
    if (!record) return apiError(404, 'not_found', `No ${type} with the slug "${slug}".`);
    return apiJson(presentRecord(record), request);
  });
}

export const OPTIONS = corsPreflight;
