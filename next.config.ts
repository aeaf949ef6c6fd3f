import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // No framework version header (X-Powered-By) on responses.
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with the editors' area's own page when a role may not see it.
  experimental: { authInterrupts: true },
  // Next's file system cache, with revalidated tags shared through the database (decision 009).
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.mjs', import.meta.url)),
  // Next hashes every cached page in JavaScript on every request to make its ETag: about a tenth
  // of the server's time under load (docs/benchmarks.md). Pages carry s-maxage instead.
  generateEtags: false,
};

export default withNextIntl(nextConfig);
