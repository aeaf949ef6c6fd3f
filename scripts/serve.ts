/**
 * The HTTP server the launcher runs instead of `next start`: Next.js's own request handler,
 * behind two things Next.js cannot do by itself (decision 012):
 * - a Content-Security-Policy per HTML response naming the hashes of its framework scripts, so
 *   pages cached by Next keep a strict policy without a per-request nonce;
 * - request bodies over the limit refused with 413 before they reach a route or an action;
 * - addresses Next.js cannot decode answered with the localized 404 page (or a 400 for the API);
 * - a page that failed because the database stopped answering sent as the localized 503 page;
 * - readers' cached pages answered from memory, as static files are (decision 015).
 * Compression is done here, outside the policy step, so the step sees the HTML as written.
 *
 * node --import tsx scripts/serve.ts --port 3000 [--dev]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
// The compression middleware Next.js itself uses for `next start` (compress: false in next.config.ts).
import compression from 'next/dist/compiled/compression';
import { cacheGeneration } from '@/lib/cache/generation';
import { answerKey, ResponseCache } from '@/lib/cache/response-cache';
import { keepWhenShareable, sendKept } from '@/lib/cache/response-cache-http';
import { databaseState, recentlySeenUp } from '@/lib/errors/database-state';
import { unavailablePage } from '@/lib/errors/unavailable-page';
import { judgeAddress } from '@/lib/security/address';
import { judgeBody } from '@/lib/security/body-limit';
import { secureResponse } from '@/lib/security/secure-response';
import { fail } from './cli';

const { values } = parseArgs({ options: { port: { type: 'string' }, dev: { type: 'boolean', default: false } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const dev = values.dev ?? false;
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a port number, not "${values.port}".`);

const server = createServer();
const app = next({ dev, dir: process.cwd(), port, hostname: 'localhost', httpServer: server });
const handle = app.getRequestHandler();
const compress = compression();
const reported = new Set<string>();
// Off in development (pages change as one edits) and when RESPONSE_CACHE=off.
const answers = dev || process.env.RESPONSE_CACHE === 'off' ? undefined : new ResponseCache();

await app.prepare();

server.on('request', (req, res) => {
  const verdict = judgeBody(req);
  if (!verdict.ok) {
    refuse(req.url ?? '/', res, verdict.status, verdict.message);
    req.resume();
    return;
  }
  const address = judgeAddress(req.url ?? '/');
  if (!address.ok) {
    if (address.api) return refuse(req.url ?? '/', res, 400, 'The address is not valid: its percent-escapes are not UTF-8 text.');
    req.url = `/${address.locale}/not-found`;
  }
  const key = answers && answerKey(req);
  if (key) {
    // Only while the database was seen answering a moment ago: an outage gets the 503 page
    // from the proxy, and the proxy's check runs on the requests that pass through.
    const generation = cacheGeneration();
    const kept = recentlySeenUp() ? answers.get(key, generation) : undefined;
    if (kept) return sendKept(req, res, kept);
    if (req.method === 'GET') keepWhenShareable(req.url ?? '', res, (answer) => answers.set(key, { ...answer, generation, storedAt: Date.now() }));
  }
  compress(req, res, () => {});
  secureResponse(req, res, {
    production: !dev,
    dev,
    // A page that failed because the database stopped answering (instrumentation.ts marks it)
    // is answered with the localized 503 page, like every page after it (proxy.ts).
    replaceFailedDocument(url) {
      if (databaseState()?.up !== false) return undefined;
      const locale = url.split(/[/?#]/)[1] === 'ru' ? 'ru' : 'en';
      return unavailablePage(locale, url);
    },
    onUnknownScript(start, url) {
      if (reported.has(start)) return;
      reported.add(start);
      console.warn(`CSP: an inline script of unknown shape on ${url} is blocked: ${start}`);
    },
  });
  handle(req, res).catch((error: unknown) => {
    console.error('Request failed:', error instanceof Error ? error.message : error);
    if (!res.headersSent) refuse(req.url ?? '/', res, 500, 'Something went wrong on our side.');
  });
});

function refuse(url: string, res: import('node:http').ServerResponse, status: number, message: string) {
  res.statusCode = status;
  res.setHeader('Connection', 'close');
  res.setHeader('Cache-Control', 'no-store');
  if (url.startsWith('/api/')) {
    const code = API_CODES[status] ?? 'internal';
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: { code, message } }));
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`${message}\n${RUSSIAN[status] ?? ''}\n`);
  }
}

const API_CODES: Record<number, string> = { 400: 'bad_request', 411: 'length_required', 413: 'payload_too_large' };

// A refusal comes before any page or locale exists, so it speaks both languages.
const RUSSIAN: Record<number, string> = {
  400: 'Адрес неверен: его %-последовательности не образуют текст UTF-8.',
  411: 'Запрос должен указывать длину тела (Content-Length).',
  413: 'Тело запроса слишком велико: предел 2 МБ.',
  500: 'На нашей стороне что-то пошло не так.',
};

server.listen(port, () => {
  console.log(`▲ Next.js ${dev ? 'dev' : 'production'} server on http://localhost:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
