import { apiJson, badParameters, corsPreflight } from '@/lib/api/responses';
import { withDatabaseErrors } from '@/lib/api/database-errors';
import { searchParamsToObject } from '@/lib/validation/list-query';
import { suggestQuerySchema } from '@/lib/validation/search-query';
import { presentSuggestions } from '@/lib/search/api';
import { suggestRecords } from '@/lib/search/suggest';

export const dynamic = 'force-dynamic';

// GET /api/v1/search/suggest?q=Kolo&locale=en&type= → { items: [{ type, slug, title, matched, url }] }
// Names and aliases that start like the typed text, for the search box's suggestions.
export async function GET(request: Request) {
  const parsed = suggestQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) return badParameters(parsed.error);
  const { q, locale, type } = parsed.data;
  return withDatabaseErrors(async () => {
    const response = apiJson(presentSuggestions(await suggestRecords(q, locale, type)), request);
    // Short-lived and never served stale: a renamed record is suggested by its new name.
    response.headers.set('Cache-Control', 'public, max-age=10');
    return response;
  });
}

export const OPTIONS = corsPreflight;
