import { z } from 'zod';

/**
 * The API's answers: JSON with CORS for GET, and errors as { error: { code, message } } with the
 * right status. Bad parameters are 400, unknown records 404, never a 500 for what a client sent.
 */
export type ApiErrorCode = 'bad_request' | 'not_found' | 'unavailable' | 'internal';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag',
} as const;

export function apiError(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...CORS, 'Cache-Control': 'no-store', ...headers } });
}

/** A 400 naming the first invalid parameter, in plain words. */
export function badParameters(error: z.ZodError): Response {
  const issue = error.issues[0];
  const name = issue.path.join('.') || 'query';
  const message = issue.code === 'unrecognized_keys' ? `Unknown parameter: ${issue.keys.join(', ')}.` : `Invalid parameter "${name}": ${issue.message}.`;
  return apiError(400, 'bad_request', message);
}

export function apiJson(body: unknown, request?: Request, init: { maxAge?: number } = {}): Response {
  const json = JSON.stringify(body);
  const etag = `W/"${hash(json)}"`;
  const headers = {
    ...CORS,
    'Content-Type': 'application/json; charset=utf-8',
    ETag: etag,
    'Cache-Control': `public, max-age=${init.maxAge ?? 60}, stale-while-revalidate=300`,
  };
  if (request?.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(json, { status: 200, headers });
}

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

/** FNV-1a, enough for an ETag (not for security). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16) + text.length.toString(16);
}
