import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_ANSWER_BYTES, shareableFor, replayHeaders, type StoredAnswer } from './response-cache';

type Chunk = string | Buffer | Uint8Array;

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
 */
export function keepWhenShareable(url: string, res: ServerResponse, keep: (answer: Omit<StoredAnswer, 'generation' | 'storedAt'>) => void): void {
  res.setHeader('X-Cache', 'MISS');
  const chunks: Buffer[] = [];
  let bytes = 0;
  let overflow = false;
  const collect = (chunk: Chunk | undefined, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || overflow) return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk);
    bytes += buffer.length;
    // Past the size any page has, stop copying: the answer will not be kept.
    if (bytes > MAX_ANSWER_BYTES) overflow = true;
    else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = function (chunk: Chunk, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  } as ServerResponse['write'];
  res.end = function (...args: unknown[]) {
    if (typeof args[0] !== 'function') collect(args[0] as Chunk | undefined, args[1]);
    const result = end(...args);
    const headers = res.getHeaders();
    const lifetimeMs = overflow ? 0 : shareableFor(url, res.statusCode, headers, bytes);
    if (lifetimeMs > 0) keep({ status: res.statusCode, headers: replayHeaders(headers), body: Buffer.concat(chunks), lifetimeMs });
    return result;
  } as ServerResponse['end'];
}
