import { apiJson, badParameters, corsPreflight } from '@/lib/api/responses';
import { withDatabaseErrors } from '@/lib/api/database-errors';
import { searchParamsToObject } from '@/lib/validation/list-query';
import { searchQuerySchema } from '@/lib/validation/search-query';
import { presentSearch } from '@/lib/search/api';
import { searchRecords } from '@/lib/search/search';

export const dynamic = 'force-dynamic';

// GET /api/v1/search?q=&type=&organisation=&country=&year=&lang=&page=&pageSize=&locale=
// → { items: [{ type, slug, title, snippet, score, … }], total, totalIsLowerBound, page, pageSize }
export async function GET(request: Request) {
  const parsed = searchQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) return badParameters(parsed.error);
  const { locale, ...query } = parsed.data;
  return withDatabaseErrors(async () => {
    const response = apiJson(presentSearch(await searchRecords(query, locale)), request);
    // Never served stale: an edit is searchable at once.
    response.headers.set('Cache-Control', 'no-cache');
    return response;
  });
}

export const OPTIONS = corsPreflight;
