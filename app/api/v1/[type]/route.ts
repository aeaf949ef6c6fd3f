import { listRecords } from '@/lib/data/record-list';
import { apiError, apiJson, badParameters, corsPreflight } from '@/lib/api/responses';
import { presentList } from '@/lib/api/present';
import { typeFromSegment } from '@/lib/api/record-type-param';
import { listQuerySchema, searchParamsToObject } from '@/lib/validation/list-query';
import { withDatabaseErrors } from '@/lib/api/database-errors';

export const dynamic = 'force-dynamic';

// GET /api/v1/{type}?page=&pageSize=&sort=&…filters → { items, page, pageSize, total }
export async function GET(request: Request, { params }: RouteContext<'/api/v1/[type]'>) {
  const type = typeFromSegment((await params).type);
  if (!type) return apiError(404, 'not_found', 'Unknown record type. Use statements, conferences, organisations, initiatives, people, sources or countries.');
  const url = new URL(request.url);
  const raw = searchParamsToObject(url.searchParams);
  const { locale = 'en', ...rest } = raw;
  if (locale !== 'en' && locale !== 'ru') return apiError(400, 'bad_request', 'Invalid parameter "locale": use en or ru.');
  const parsed = listQuerySchema(type).safeParse(rest);
  if (!parsed.success) return badParameters(parsed.error);
  return withDatabaseErrors(async () => apiJson(presentList(await listRecords(type, parsed.data, locale)), request));
}

export const OPTIONS = corsPreflight;
