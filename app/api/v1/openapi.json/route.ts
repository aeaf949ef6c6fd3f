import { openApiDocument } from '@/lib/api/openapi';
import { apiJson } from '@/lib/api/responses';

export const dynamic = 'force-static';

// GET /api/v1/openapi.json: the API described as OpenAPI 3.1, generated from the response schemas.
export function GET(request: Request) {
  return apiJson(openApiDocument(), request, { maxAge: 3600 });
}
