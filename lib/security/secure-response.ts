import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { documentCsp, NON_DOCUMENT_CSP, staticSecurityHeaders } from './headers';
import { toBuffer, type Chunk } from '@/lib/http/chunks';
import { inlineScriptHashes } from './inline-scripts';

export interface SecureOptions {
  production: boolean;
  dev?: boolean;
  /**
   * Asked about an HTML document that failed (status 500 or more) before it is sent: may give
   * another document to send instead (the 503 page when the database stopped answering).
   */
  replaceFailedDocument?: (url: string) => { status: number; headers: Record<string, string>; html: string } | undefined;
  /** Told about inline scripts of unknown shape (blocked by the CSP), once per distinct start. */
  onUnknownScript?: (start: string, url: string) => void;
}

type Callback = (error?: Error | null) => void;

/**
 * Puts the security headers on a response before the app writes it. An HTML document is held
 * until it is complete, so its Content-Security-Policy can name the hashes of exactly the
 * framework scripts it contains (see inline-scripts.ts); everything else passes straight
 * through with the strict policy for non-documents.
 *
 * Holding the document costs streaming: the page arrives whole instead of in pieces. No page
 * here streams (no Suspense boundary, no loading.tsx), so nothing is lost today; a page that
 * starts streaming should be weighed against decision 012 first.
 */
export function secureResponse(req: IncomingMessage, res: ServerResponse, options: SecureOptions): void {
  for (const [name, value] of staticSecurityHeaders(options)) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', NON_DOCUMENT_CSP);

  const original = {
    writeHead: res.writeHead.bind(res),
    write: res.write.bind(res) as (chunk: Chunk, encoding?: BufferEncoding, cb?: Callback) => boolean,
    end: res.end.bind(res) as (chunk?: Chunk, encoding?: BufferEncoding, cb?: () => void) => ServerResponse,
    flushHeaders: res.flushHeaders.bind(res),
  };
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  let committing = false;
  const chunks: Buffer[] = [];

  function decide() {
    if (mode !== 'undecided') return;
    const type = String(res.getHeader('content-type') ?? '');
    if (!/^text\/html\b/i.test(type)) {
      mode = 'pass';
    } else if (req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) {
      // No body to hash: the document policy with no inline script allowed.
      res.setHeader('Content-Security-Policy', documentCsp([], options));
      mode = 'pass';
    } else {
      mode = 'hold';
    }
  }

  // Status and headers given to writeHead are kept on the response; a held document sends them
  // with its body, once the policy is known. (Node and the compression step call writeHead
  // themselves before the first byte, which is how a passed-through answer gets its headers.)
  res.writeHead = function writeHead(status: number, ...rest: unknown[]) {
    res.statusCode = status;
    let headers = rest[rest.length - 1];
    if (typeof rest[0] === 'string') res.statusMessage = rest[0];
    if (headers && typeof headers === 'object') {
      if (Array.isArray(headers)) headers = pairs(headers);
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
        if (value !== undefined) res.setHeader(name, value);
      }
    }
    decide();
    if (mode === 'pass' || committing) original.writeHead(res.statusCode, res.statusMessage || undefined);
    return res;
  } as ServerResponse['writeHead'];

  res.flushHeaders = function flushHeaders() {
    decide();
    if (mode === 'pass') original.flushHeaders();
  };

  // Next.js calls flush() after each chunk when compression is on; held bytes have nothing to flush.
  const withFlush = res as ServerResponse & { flush?: () => void };
  if (typeof withFlush.flush === 'function') {
    const flush = withFlush.flush.bind(res);
    withFlush.flush = () => {
      if (mode !== 'hold') flush();
    };
  }

  res.write = function write(chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) {
    decide();
    if (mode === 'pass') return original.write(chunk, encoding as BufferEncoding, cb);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse['write'];

  res.end = function end(chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), cb?: () => void): ServerResponse {
    if (typeof chunk === 'function') return end.call(res, undefined, undefined, chunk);
    if (typeof encoding === 'function') return end.call(res, chunk, undefined, encoding);
    decide();
    if (mode === 'pass') return original.end(chunk as Chunk, encoding as BufferEncoding, cb);
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    let body = Buffer.concat(chunks);
    const replacement = res.statusCode >= 500 ? options.replaceFailedDocument?.(req.url ?? '/') : undefined;
    if (replacement) {
      res.statusCode = replacement.status;
      res.statusMessage = '';
      for (const [name, value] of Object.entries(replacement.headers)) res.setHeader(name, value);
      body = Buffer.from(replacement.html, 'utf8');
    }
    const scripts = inlineScriptHashes(body);
    for (const start of scripts.unknown) options.onUnknownScript?.(start, req.url ?? '');
    res.setHeader('Content-Security-Policy', documentCsp(scripts.hashes, options));
    if (!res.hasHeader('content-encoding')) res.setHeader('Content-Length', body.length);
    committing = true;
    return original.end(body, undefined, cb);
  } as ServerResponse['end'];
}

function pairs(headers: unknown[]): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {};
  if (Array.isArray(headers[0])) {
    for (const [name, value] of headers as [string, string][]) result[name] = value;
  } else {
    for (let i = 0; i + 1 < headers.length; i += 2) result[String(headers[i])] = headers[i + 1] as string;
  }
  return result;
}
