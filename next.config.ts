import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { MAX_BODY_BYTES } from './lib/security/body-limit';
import { staticSecurityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // No framework version header (X-Powered-By) on responses.
  poweredByHeader: false,
  reactStrictMode: true,
  // scripts/serve.ts compresses, after it has set each page's Content-Security-Policy from the
  // uncompressed HTML (decision 012).
  compress: false,
  experimental: {
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    // forbidden() answers 403 with the editors' area's own page when a role may not see it.
    authInterrupts: true,
  },
  // The headers that need no knowledge of the body, also here so that a bare `next start`
  // keeps them; the per-page CSP comes from scripts/serve.ts.
  async headers() {
    const headers = staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' });
    return [{ source: '/:path*', headers: headers.map(([key, value]) => ({ key, value })) }];
  },
  // Next's file system cache, with revalidated tags shared through the database (decision 013).
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.mjs', import.meta.url)),
  // Next hashes every cached page in JavaScript on every request to make its ETag: about a tenth
  // of the server's time under load (docs/benchmarks.md). Pages carry s-maxage instead.
  generateEtags: false,
};

export default withNextIntl(nextConfig);
