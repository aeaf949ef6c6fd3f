import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // No framework version header (X-Powered-By) on responses.
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with the editors' area's own page when a role may not see it.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
