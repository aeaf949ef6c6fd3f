import type { IncomingMessage, ServerResponse } from 'node:http';
import { toBuffer, type Chunk } from '@/lib/http/chunks';
import { MAX_ANSWER_BYTES, shareableFor, replayHeaders, type StoredAnswer } from './response-cache';

/** Sends a kept answer, as a static file would be sent. */
export function sendKept(req: IncomingMessage, res: ServerResponse, answer: StoredAnswer): void {
  res.statusCode = answer.status;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.setHeader('Content-Length', answer.body.length);
  res.setHeader('X-Cache', 'HIT');
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

/**
 * Watches the bytes that go out on the wire (install it before compression, so it sees what
 * compression produced) and hands the whole answer over once sent, if every reader may be given it.
 * Whether it may is known from the status and headers, final by the first byte: an answer that may
 * not (a per-request page, a 404, the editors' area) is not copied at all.
 */
export function keepWhenShareable(url: string, res: ServerResponse, keep: (answer: Omit<StoredAnswer, 'generation' | 'storedAt'>) => void): void {
  res.setHeader('X-Cache', 'MISS');
  const chunks: Buffer[] = [];
  let bytes = 0;
  let lifetimeMs: number | undefined;
  const collect = (chunk: Chunk | undefined, encoding?: unknown) => {
    lifetimeMs ??= shareableFor(url, res.statusCode, res.getHeaders(), 0);
    if (chunk === undefined || chunk === null || lifetimeMs === 0) return;
    const buffer = Buffer.from(toBuffer(chunk, encoding)); // a copy: the caller may reuse its buffer
    bytes += buffer.length;
    // Past the size any page has, stop copying: the answer will not be kept.
    if (bytes > MAX_ANSWER_BYTES) lifetimeMs = 0;
    else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = function (chunk: Chunk, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (...args: unknown[]) {
    collect(typeof args[0] === 'function' ? undefined : (args[0] as Chunk | undefined), args[1]);
    const result = end(...args);
    if (lifetimeMs) keep({ status: res.statusCode, headers: replayHeaders(res.getHeaders()), body: Buffer.concat(chunks), lifetimeMs });
    return result;
  } as ServerResponse['end'];
}
