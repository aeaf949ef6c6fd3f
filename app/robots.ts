import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/seo/metadata';

// SITE_URL is read when the request comes, not baked in at build time.
export const dynamic = 'force-dynamic';

/** Everything public may be crawled; the editors' area and the JSON API may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [...routing.locales.map((locale) => `/${locale}/admin`), '/api/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
