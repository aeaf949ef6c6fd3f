import type { MetadataRoute } from 'next';
import { listSitemapRecords } from '@/lib/data/sitemap';
import { segments } from '@/lib/data/record-types';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/seo/metadata';
import type { RecordTypeName } from '@/lib/validation/records';

// Read at request time: the build has no database, and records change without a rebuild.
export const dynamic = 'force-dynamic';

// Every record type has a list page and record pages (/{locale}/{segment}/{slug}).
const pagedTypes = Object.keys(segments) as RecordTypeName[];

/** One entry per locale, each naming every locale's version (hreflang) and English as x-default. */
function entries(path: string, extra: Omit<MetadataRoute.Sitemap[number], 'url' | 'alternates'> = {}): MetadataRoute.Sitemap {
  const base = siteUrl();
  const suffix = path === '/' ? '' : path;
  const languages = Object.fromEntries([
    ...routing.locales.map((locale) => [locale, `${base}/${locale}${suffix}`]),
    ['x-default', `${base}/${routing.defaultLocale}${suffix}`],
  ]);
  return routing.locales.map((locale) => ({ url: `${base}/${locale}${suffix}`, alternates: { languages }, ...extra }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const records = await listSitemapRecords(pagedTypes);
  return [
    ...entries('/', { changeFrequency: 'daily', priority: 1 }),
    ...pagedTypes.flatMap((type) => entries(`/${segments[type]}`, { changeFrequency: 'daily', priority: 0.8 })),
    ...entries('/timeline', { changeFrequency: 'daily', priority: 0.6 }),
    ...entries('/network', { changeFrequency: 'daily', priority: 0.6 }),
    ...entries('/map', { changeFrequency: 'daily', priority: 0.6 }),
    ...records.flatMap((record) => entries(`/${segments[record.type]}/${record.slug}`, { lastModified: record.updatedAt, priority: 0.5 })),
  ];
}
