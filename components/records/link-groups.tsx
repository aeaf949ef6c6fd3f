import { getLocale, getTranslations } from 'next-intl/server';
import type { Citation, LinkView, RecordDetail, RecordRef } from '@/lib/data/record-shapes';
import { groupOrder, linkLabel, linkLabels, type LinkLabelKey } from './link-labels';
import { LinkedRecordItem } from './linked-record-item';
import { compareRefs } from './compare-refs';

interface Group {
  key: LinkLabelKey;
  items: { record: RecordRef; citations: Citation[] }[];
}

/** Links grouped under their heading; the same record twice in a group (both ends of a mutual link) is listed once. */
export function groupLinks(type: RecordDetail['type'], links: LinkView[], locale: string): Group[] {
  const groups = new Map<LinkLabelKey, Map<string, Group['items'][number]>>();
  for (const link of links) {
    const key = linkLabel(link);
    const items = groups.get(key) ?? new Map();
    const id = `${link.other.type}:${link.other.slug}`;
    const item = items.get(id);
    if (item) item.citations = [...item.citations, ...link.citations];
    else items.set(id, { record: link.other, citations: link.citations });
    groups.set(key, items);
  }
  const allKeys = Object.values(linkLabels).flatMap((label) => [label.out, label.in]);
  const rank = (key: LinkLabelKey) => {
    const preferred = groupOrder[type].indexOf(key);
    return preferred >= 0 ? preferred : groupOrder[type].length + allKeys.indexOf(key);
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, items]) => ({ key, items: [...items.values()].sort((a, b) => compareRefs(a.record, b.record, locale)) }));
}

/** Every link of a record, both directions, under human headings ("Speaker", "Mentioned in"). */
export async function LinkGroups({ record, links = record.links }: { record: RecordDetail; links?: LinkView[] }) {
  const [t, locale] = await Promise.all([getTranslations('Record'), getLocale()]);
  const groups = groupLinks(record.type, links, locale);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="connections" className="space-y-4">
      <h2 id="connections" className="text-xl font-semibold">
        {t('connections')}
      </h2>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`links-${group.key}`} className="space-y-2">
          <h3 id={`links-${group.key}`} className="text-lg font-semibold">
            {t(`links.${group.key}`)}
          </h3>
          <ul className="space-y-2">
            {group.items.map((item) => (
              <LinkedRecordItem key={`${item.record.type}:${item.record.slug}`} record={item.record} citations={item.citations} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
