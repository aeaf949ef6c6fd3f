import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // No framework version header (X-Powered-By) on responses.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
