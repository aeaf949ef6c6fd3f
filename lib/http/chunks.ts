/** What Node's `res.write`/`res.end` take as a body chunk, and that chunk as bytes. */
export type Chunk = string | Buffer | Uint8Array;

/** `encoding` is the argument after the chunk: a string names the text's encoding; anything else (a callback) means UTF-8. */
export function toBuffer(chunk: Chunk, encoding?: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
