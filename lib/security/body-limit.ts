import type { IncomingMessage } from 'node:http';

/**
 * The largest request body the app accepts, for route handlers and server actions alike
 * (next.config.ts gives server actions the same limit). The editors' largest form, a source
 * document with both languages, is far below it.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_BODY_LABEL = '2 MB';

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; message: string };

/**
 * Judged from the headers, before a byte of the body is read: a declared length over the limit
 * is refused with 413. A body of unknown length (chunked) could only be judged after reading it,
 * so it is refused with 411: browsers' forms and fetch always declare the length.
 */
export function judgeBody(req: Pick<IncomingMessage, 'method' | 'headers'>, limit = MAX_BODY_BYTES): BodyVerdict {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    const length = Number(declared);
    if (Number.isFinite(length) && length > limit) {
      return { ok: false, status: 413, message: `The request body is too large: the limit is ${MAX_BODY_LABEL}.` };
    }
    return { ok: true };
  }
  if (req.headers['transfer-encoding'] && req.method !== 'GET' && req.method !== 'HEAD') {
    return { ok: false, status: 411, message: 'The request body must declare its length (Content-Length).' };
  }
  return { ok: true };
}
