import { answerOai } from '@/lib/oai/repository';

export const dynamic = 'force-dynamic';

const xml = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' } });

// GET /oai?verb=…: OAI-PMH 2.0 for library harvesters. Protocol errors are OAI-PMH documents
// with status 200, as the protocol wants; only an unreadable POST body is an HTTP error.
export async function GET(request: Request) {
  return xml(await answerOai(new URL(request.url).searchParams));
}

// POST with application/x-www-form-urlencoded arguments, which the protocol also allows.
export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return new Response('OAI-PMH POST requests must be application/x-www-form-urlencoded.\n', { status: 415, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return xml(await answerOai(new URLSearchParams(await request.text())));
}
