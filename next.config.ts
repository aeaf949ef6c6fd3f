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
  // uncompressed HTML (decision 009).
  compress: false,
  experimental: {
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
  },
  // The headers that need no knowledge of the body, also here so that a bare `next start`
  // keeps them; the per-page CSP comes from scripts/serve.ts.
  async headers() {
    const headers = staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' });
    return [{ source: '/:path*', headers: headers.map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
