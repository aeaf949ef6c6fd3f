import { apiError, badParameters, corsPreflight } from '@/lib/api/responses';
import { typeFromSegment } from '@/lib/api/record-type-param';
import { exportStream } from '@/lib/export/stream';
import { listQuerySchema, searchParamsToObject } from '@/lib/validation/list-query';

export const dynamic = 'force-dynamic';

// GET /api/v1/export/{type}?format=csv|json&…filters: the whole filtered list, streamed.
export async function GET(request: Request, { params }: RouteContext<'/api/v1/export/[type]'>) {
  const segment = (await params).type;
  const type = typeFromSegment(segment);
  if (!type) return apiError(404, 'not_found', 'Unknown record type.');
  const { format = 'csv', page: _page, pageSize: _size, sort: _sort, locale: _locale, ...filters } = searchParamsToObject(new URL(request.url).searchParams);
  if (format !== 'csv' && format !== 'json') return apiError(400, 'bad_request', 'Invalid parameter "format": use csv or json.');
  const parsed = listQuerySchema(type).safeParse(filters);
  if (!parsed.success) return badParameters(parsed.error);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(exportStream(type, parsed.data, format), {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${segment}-${date}.${format}"`,
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    },
  });
}

export const OPTIONS = corsPreflight;
