/**
 * The security headers every response carries, in one place: the server (scripts/serve.ts) sets
 * them on every answer, and next.config.ts repeats the ones that need no knowledge of the body,
 * so a bare `next start` is not left without them. Decision 009 says why each is what it is.
 */
export interface HeaderOptions {
  production: boolean;
}

/**
 * Features no page of this site uses; a page (or something injected into one) cannot ask for
 * them. Only names Chromium knows, so the console stays free of "unrecognized feature" noise.
 */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** Headers that do not depend on the body: set on every response, pages, API, feeds and files. */
export function staticSecurityHeaders({ production }: HeaderOptions): [string, string][] {
  const headers: [string, string][] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    // frame-ancestors in the CSP does this for current browsers; this is for older ones.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  // Browsers ignore HSTS received over plain http (RFC 6797 §8.1), so sending it on every
  // production answer is harmless on http://localhost and right behind an https proxy.
  // No includeSubDomains: other services may live on sibling hosts we know nothing of.
  if (production) headers.push(['Strict-Transport-Security', 'max-age=31536000']);
  return headers;
}

/**
 * Answers that are not HTML documents (JSON, feeds, CSV, files) never need to run or embed
 * anything: if one is ever opened as a document, nothing in it may load or run.
 */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The policy of an HTML page: scripts only from this origin, plus the inline scripts whose
 * SHA-256 the server computed from this very response (never 'unsafe-inline'). Styles come from
 * this origin; 'unsafe-inline' stays for style attributes only, which cannot run code.
 */
export function documentCsp(scriptHashes: readonly string[], { dev = false }: { dev?: boolean } = {}): string {
  const scripts = ["'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)];
  // next dev evaluates modules for hot reload and error overlays: development only.
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}
