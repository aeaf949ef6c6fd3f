import 'server-only';
import { db } from '@/lib/db/client';
import type { AlertKind, Locale } from '@/lib/generated/prisma/enums';
import { visible } from '@/lib/data/records';
import { fromDbType, recordPath, toDbType } from '@/lib/data/record-types';
import { pickText, type TextRow } from '@/lib/data/texts';
import { translator } from '@/lib/i18n/translator';
import { savedSearchSchema, searchFiltersOf, type AlertTarget, type SavedSearch } from '@/lib/validation/alerts';
import { searchFacets, searchHref } from '@/lib/validation/search-query';

/** What an alert follows, in words for one language, and where it lives on the site. */
export interface AlertDescription {
  text: string;
  /** Without the locale prefix: `/search?q=…` or `/organisations/csto`. */
  path: string;
}

export interface DescribableAlert {
  kind: AlertKind;
  query: unknown;
  targetId: string | null;
}

export function savedSearchOf(query: unknown): SavedSearch | null {
  const parsed = savedSearchSchema.safeParse(query);
  return parsed.success ? parsed.data : null;
}

export function searchPath(search: SavedSearch): string {
  const href = searchHref({ q: search.q, ...searchFiltersOf(search) });
  return `${href.pathname}?${new URLSearchParams(href.query)}`;
}

type Names = Map<string, { type: string; slug: string; names: TextRow[] }>;

async function namesOf(alerts: DescribableAlert[]): Promise<{ byId: Names; bySlug: Names }> {
  const ids = alerts.flatMap((alert) => (alert.targetId ? [alert.targetId] : []));
  const slugs = alerts.flatMap((alert) => {
    const search = alert.kind === 'SEARCH' ? savedSearchOf(alert.query) : null;
    return search ? [search.organisation, search.country].filter((slug): slug is string => Boolean(slug)) : [];
  });
  if (ids.length === 0 && slugs.length === 0) return { byId: new Map(), bySlug: new Map() };
  const rows = await db().record.findMany({
    where: {
      ...visible,
      OR: [{ id: { in: ids } }, { type: { in: ['ORGANISATION', 'COUNTRY'] }, slug: { in: slugs } }],
    },
    select: { id: true, type: true, slug: true, texts: { where: { field: { in: ['name', 'shortName'] } }, select: { field: true, locale: true, text: true, status: true } } },
  });
  const byId: Names = new Map();
  const bySlug: Names = new Map();
  for (const row of rows) {
    const entry = { type: fromDbType(row.type), slug: row.slug, names: row.texts };
    byId.set(row.id, entry);
    bySlug.set(`${entry.type}:${row.slug}`, entry);
  }
  return { byId, bySlug };
}

/** Descriptions of several alerts in one language, with two queries at most. */
export async function describeAlerts(alerts: DescribableAlert[], locale: Locale): Promise<AlertDescription[]> {
  const [t, types, facets, languages] = await Promise.all([
    translator(locale, 'AlertText'),
    translator(locale, 'Types'),
    translator(locale, 'Search'),
    translator(locale, 'Languages'),
  ]);
  const { byId, bySlug } = await namesOf(alerts);
  const nameOf = (names: TextRow[]) => (pickText(names, 'shortName', locale) ?? pickText(names, 'name', locale))?.text;

  return alerts.map((alert) => {
    if (alert.kind === 'RECORD') {
      const target = alert.targetId ? byId.get(alert.targetId) : undefined;
      if (!target) return { text: t('gone'), path: '/' };
      const name = pickText(target.names, 'name', locale)?.text ?? target.slug;
      return { text: t('record', { type: types(`one.${target.type as 'organisation'}`).toLocaleLowerCase(locale), name }), path: recordPath(target.type as 'organisation', target.slug) };
    }
    const search = savedSearchOf(alert.query);
    if (!search) return { text: t('gone'), path: '/search' };
    const filters = searchFacets.flatMap((facet) => {
      const value = search[facet];
      if (value === undefined) return [];
      let shown = String(value);
      if (facet === 'type') shown = types(`many.${search.type!}`);
      if (facet === 'lang') shown = languages(search.lang!);
      if (facet === 'organisation' || facet === 'country') shown = nameOf(bySlug.get(`${facet}:${value}`)?.names ?? []) ?? shown;
      return [t('filter', { facet: facets(`facets.${facet}`), value: shown })];
    });
    const text = filters.length ? t('searchFiltered', { q: search.q, filters: filters.join(', ') }) : t('search', { q: search.q });
    return { text, path: searchPath(search) };
  });
}

/** A target from the subscribe page's URL, described before it is saved; null when it names nothing published. */
export async function describeTarget(target: AlertTarget, locale: Locale): Promise<AlertDescription | null> {
  if (target.kind === 'search') {
    const { kind: _kind, ...search } = target;
    return (await describeAlerts([{ kind: 'SEARCH', query: search, targetId: null }], locale))[0];
  }
  const record = await db().record.findFirst({ where: { ...visible, type: toDbType(target.follow), slug: target.slug }, select: { id: true } });
  return record ? (await describeAlerts([{ kind: 'RECORD', query: null, targetId: record.id }], locale))[0] : null;
}
