import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { RecordDate } from '@/components/text/record-date';
import type { Citation, LinkView, RecordRef } from '@/lib/data/record-shapes';
import { RecordLink } from './record-link';
import { CitationList } from './citation-list';
import { compareRefs } from './compare-refs';

interface TimelineItem {
  record: RecordRef;
  citations: Citation[];
}

const onTimeline = (link: LinkView) => link.other.type === 'statement' || link.other.type === 'conference';

/**
 * An initiative's dossier splits its links in two: the statements and meetings about it go on
 * the timeline (one entry per record, whatever the role), everything else (who proposed or
 * adopted it, who takes part) stays in the ordinary link groups.
 */
export function splitDossier(links: LinkView[], locale: string): { timeline: TimelineItem[]; others: LinkView[] } {
  const items = new Map<string, TimelineItem>();
  for (const link of links.filter(onTimeline)) {
    const id = `${link.other.type}:${link.other.slug}`;
    const item = items.get(id);
    if (item) item.citations = [...item.citations, ...link.citations];
    else items.set(id, { record: link.other, citations: link.citations });
  }
  const timeline = [...items.values()].sort((a, b) => compareRefs(a.record, b.record, locale));
  return { timeline, others: links.filter((link) => !onTimeline(link)) };
}

async function Entry({ item }: { item: TimelineItem }) {
  const types = await getTranslations('Types');
  return (
    <li className="space-y-1 border-l-2 border-slate-300 pl-4 break-words">
      <p className="text-sm text-slate-700">
        {item.record.date && (
          <>
            <RecordDate date={item.record.date} precision={item.record.datePrecision} />
            {' · '}
          </>
        )}
        {types(`one.${item.record.type}`)}
      </p>
      <p>
        <RecordLink record={item.record} />
      </p>
      <CitationList citations={item.citations} />
    </li>
  );
}

/** The dossier's dated timeline, oldest first; what the sources leave undated follows under its own heading. */
export async function InitiativeTimeline({ items, children }: { items: TimelineItem[]; children?: ReactNode }) {
  const t = await getTranslations('Record');
  const dated = items.filter((item) => item.record.date);
  const undated = items.filter((item) => !item.record.date);
  const key = (item: TimelineItem) => `${item.record.type}:${item.record.slug}`;
  return (
    <section aria-labelledby="timeline" className="space-y-3">
      <h2 id="timeline" className="text-xl font-semibold">
        {t('timeline')}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t('timelineEmpty')}</p>
      ) : (
        <p className="text-sm text-slate-700">{t('timelineIntro')}</p>
      )}
      {children}
      {dated.length > 0 && (
        <ol className="space-y-3">
          {dated.map((item) => (
            <Entry key={key(item)} item={item} />
          ))}
        </ol>
      )}
      {undated.length > 0 && (
        <section aria-labelledby="timeline-undated" className="space-y-3">
          <h3 id="timeline-undated" className="text-lg font-semibold">
            {t('undated')}
          </h3>
          <ul className="space-y-3">
            {undated.map((item) => (
              <Entry key={key(item)} item={item} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
