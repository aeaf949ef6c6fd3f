import { apiError, corsPreflight } from '@/lib/api/responses';
import { typeFromSegment } from '@/lib/api/record-type-param';
import { withDatabaseErrors } from '@/lib/api/database-errors';
import { bibtex, cslJson, ris } from '@/lib/citations/formats';
import { toReference } from '@/lib/citations/reference';
import { getRecordBySlug } from '@/lib/data/records';
import { siteUrl } from '@/lib/seo/metadata';
import { slugSchema } from '@/lib/validation/common';


export const dynamic = 'force-dynamic';

const formats = {
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  csl: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
} as const;

// GET /api/v1/{type}/{slug}/cite?format=bibtex|ris|csl&locale=en|ru: a citation file for reference managers.
export async function GET(request: Request, { params }: RouteContext<'/api/v1/[type]/[slug]/cite'>) {
  const { type: segment, slug } = await params;
  const type = typeFromSegment(segment);
  if (!type) return apiError(404, 'not_found', 'Unknown record type.');
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'bibtex';
  const locale = url.searchParams.get('locale') ?? 'en';
  if (!slugSchema.safeParse(slug).success) return apiError(404, 'not_found', `No ${type} with this slug.`);
  // Own keys only: "constructor" or "__proto__" are in every object.
  if (!Object.hasOwn(formats, format)) return apiError(400, 'bad_request', 'Invalid parameter "format": use bibtex, ris or csl.');
  if (locale !== 'en' && locale !== 'ru') return apiError(400, 'bad_request', 'Invalid parameter "locale": use en or ru.');
  return withDatabaseErrors(async () => {
    const record = await getRecordBySlug(type, slug);
    if (!record) return apiError(404, 'not_found', `No ${type} with the slug "${slug}".`);
    const reference = toReference(record, locale, siteUrl());
    const { type: contentType, extension } = formats[format as keyof typeof formats];
    const body = format === 'bibtex' ? bibtex(reference) : format === 'ris' ? ris(reference) : JSON.stringify(cslJson(reference), null, 2);
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="${slug}.${extension}"`,
        'Access-Control-Allow-Origin': '*',
      },
    });
  });
}

export const OPTIONS = corsPreflight;
