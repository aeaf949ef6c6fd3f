import { createHash } from 'node:crypto';

/**
 * Which inline scripts of an HTML page the CSP allows, by hash.
 *
 * Hashing every inline script of a response would allow an injected <script> as readily as
 * Next's own, and be 'unsafe-inline' under another name. So only scripts of the exact shapes
 * Next.js and Turbopack emit are hashed, and each must be a call that hands over JSON data:
 *   (self.__next_f=self.__next_f||[]).push([0])          the RSC payload buffer
 *   self.__next_f.push([1,"…"])                           a chunk of the RSC payload
 *   (globalThis["TURBOPACK"] || (…)).push({…});           the chunk list to load
 * A script of any other shape is left unhashed: the browser blocks it and reports a violation,
 * which the end-to-end test turns into a failure. A framework upgrade that changes these shapes
 * shows up there first.
 *
 * Work is on the bytes (the browser hashes the UTF-8 bytes too); a script's shape is checked
 * once and remembered by its hash, so a cached page costs a scan and a SHA-256 per request.
 */
const SHAPES: { pattern: RegExp; data: (match: RegExpExecArray) => string }[] = [
  { pattern: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((\[[\s\S]*\])\);?$/, data: (m) => m[1] },
  { pattern: /^self\.__next_f\.push\((\[[\s\S]*\])\);?$/, data: (m) => m[1] },
  { pattern: /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/, data: (m) => m[1] },
];

const OPEN = Buffer.from('<script');
const CLOSE = Buffer.from('</script');
const GT = 0x3e;

/** Hashes already checked, framework or not; bounded so a stream of distinct pages cannot grow it. */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 5_000;

export interface InlineScripts {
  /** Base64 SHA-256 of each framework script, deduplicated, in page order. */
  hashes: string[];
  /** The start of each inline script of no known shape (left unhashed, so blocked). */
  unknown: string[];
}

export function inlineScriptHashes(html: Buffer | string): InlineScripts {
  const bytes = typeof html === 'string' ? Buffer.from(html, 'utf8') : html;
  const hashes = new Set<string>();
  const unknown: string[] = [];
  for (const { attributes, body } of inlineScripts(bytes)) {
    if (/\bsrc\s*=/i.test(attributes) || !isJavaScript(attributes) || body.length === 0) continue;
    const hash = createHash('sha256').update(body).digest('base64');
    let framework = verdicts.get(hash);
    if (framework === undefined) {
      framework = isFrameworkScript(body.toString('utf8'));
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdicts.set(hash, framework);
    }
    if (framework) hashes.add(hash);
    else unknown.push(body.subarray(0, 80).toString('utf8'));
  }
  return { hashes: [...hashes], unknown };
}

/**
 * Every <script …>…</script> element as Next.js writes it (lower case). A script spelled
 * otherwise is not found, so not hashed, so blocked: missing one only loses its report. Text
 * inside the RSC payload cannot end a script early: Next escapes "<" in it.
 */
function* inlineScripts(bytes: Buffer): Generator<{ attributes: string; body: Buffer }> {
  const lower = bytes;
  let at = 0;
  for (;;) {
    const open = lower.indexOf(OPEN, at);
    if (open === -1) return;
    const next = lower[open + OPEN.length];
    // "<scripts" or "<script-x" is another element.
    if (next !== GT && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x0c && next !== 0x2f) {
      at = open + OPEN.length;
      continue;
    }
    const tagEnd = lower.indexOf(GT, open);
    if (tagEnd === -1) return;
    const close = lower.indexOf(CLOSE, tagEnd + 1);
    if (close === -1) return;
    yield { attributes: bytes.subarray(open + OPEN.length, tagEnd).toString('latin1'), body: bytes.subarray(tagEnd + 1, close) };
    at = close + CLOSE.length;
  }
}

function isFrameworkScript(body: string): boolean {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(body);
    if (!match) continue;
    try {
      JSON.parse(shape.data(match));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** A script element the browser would run: no type, or a JavaScript one (JSON-LD never runs). */
function isJavaScript(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'text/javascript' || type === 'module' || type === 'application/javascript';
}
