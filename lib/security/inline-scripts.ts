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
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SHAPES: { pattern: RegExp; data: (match: RegExpExecArray) => string }[] = [
  { pattern: /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\((\[[\s\S]*\])\);?$/, data: (m) => m[1] },
  { pattern: /^self\.__next_f\.push\((\[[\s\S]*\])\);?$/, data: (m) => m[1] },
  { pattern: /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{[\s\S]*\})\);?$/, data: (m) => m[1] },
];

export interface InlineScripts {
  /** Base64 SHA-256 of each framework script, deduplicated, in page order. */
  hashes: string[];
  /** Inline scripts of no known shape (left unhashed, so blocked). */
  unknown: string[];
}

export function inlineScriptHashes(html: string): InlineScripts {
  const hashes = new Set<string>();
  const unknown: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || !isJavaScript(attributes) || body === '') continue;
    if (isFrameworkScript(body)) hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'));
    else unknown.push(body.slice(0, 80));
  }
  return { hashes: [...hashes], unknown };
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
