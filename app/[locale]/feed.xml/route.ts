import { hasLocale } from 'next-intl';
import { listFeedStatements } from '@/lib/data/feed';
import { pickText } from '@/lib/data/texts';
import { atom } from '@/lib/feeds/atom';
import { routing } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { siteUrl } from '@/lib/seo/metadata';
import { slugSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

// GET /{locale}/feed.xml[?organisation=slug | ?initiative=slug]: new and updated statements, as Atom.
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await translator(locale, 'Feed');
  const search = new URL(request.url).searchParams;
  const relation = search.has('organisation') ? 'organisation' : search.has('initiative') ? 'initiative' : null;
  const slug = relation ? search.get(relation)! : null;
  if (relation && !slugSchema.safeParse(slug).success) {
    return new Response(t('badFilter'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const site = siteUrl();
  const entries = await listFeedStatements(relation && slug ? { relation, slug } : null);
  const query = relation ? `?${relation}=${slug}` : '';
  const xml = atom({
    id: `${site}/${locale}/feed.xml${query}`,
    title: relation ? t('titleAbout', { slug: slug! }) : t('title'),
    self: `${site}/${locale}/feed.xml${query}`,
    alternate: `${site}/${locale}/statements${query}`,
    updated: entries[0]?.updatedAt ?? new Date(0).toISOString(),
    lang: locale,
    entries: entries.map((entry) => {
      const title = pickText(entry.texts, 'name', locale);
      const quote = pickText(entry.texts, 'quote', locale);
      return {
        id: `${site}/statements/${entry.slug}`,
        title: title?.text ?? entry.slug,
        link: `${site}/${locale}/statements/${entry.slug}`,
        updated: entry.updatedAt,
        published: entry.publishedAt,
        summary: quote?.text,
        lang: title?.lang,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
