import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/seo/metadata';

// SITE_URL is read when the request comes, not baked in at build time.
export const dynamic = 'force-dynamic';

/**
 * Everything public may be crawled; the editors' area, the JSON API and the alert pages behind
 * a reader's links (/alerts/… ; the /alerts page itself may be) may not. Harvesters of /oai
 * follow OAI-PMH, not robots.txt.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [...routing.locales.flatMap((locale) => [`/${locale}/admin`, `/${locale}/alerts/`]), '/api/'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
