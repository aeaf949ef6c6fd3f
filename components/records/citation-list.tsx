import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pickText } from '@/lib/data/texts';
import type { Citation } from '@/lib/data/record-shapes';

/** Citations grouped by document, in the order given (the data layer sorts them). */
function bySource(citations: Citation[]) {
  const groups = new Map<string, { source: Citation['source']; paragraphs: Citation[] }>();
  for (const citation of citations) {
    const group = groups.get(citation.source.slug) ?? { source: citation.source, paragraphs: [] };
    if (!group.paragraphs.some((p) => p.anchor === citation.anchor)) group.paragraphs.push(citation);
    groups.set(citation.source.slug, group);
  }
  return [...groups.values()];
}

/**
 * One document and the paragraphs cited from it: "<document>, ¶ 4, ¶ 9", each ¶ a link to that
 * paragraph in the source reader. Each link also names the document for screen readers (after
 * the ¶, so the link's name starts with its visible text): read out of context, it still says
 * which document it opens. `compact` clips long titles to one line (full title in the tooltip).
 */
async function SourceCitation({ group, compact }: { group: ReturnType<typeof bySource>[number]; compact: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('Record'), getLocale()]);
  const name = pickText(group.source.names, 'name', locale);
  const title = name?.text ?? group.source.slug;
  const lang = name && name.lang !== locale ? name.lang : undefined;
  return (
    <>
      <cite
        className={compact ? 'inline-block max-w-[min(36ch,60vw)] truncate align-bottom not-italic' : 'not-italic'}
        title={compact ? title : undefined}
        lang={lang}
      >
        {title}
      </cite>
      {group.paragraphs.map((paragraph) => (
        <span key={paragraph.anchor}>
          {', '}
          <Link
            href={{ pathname: `/sources/${group.source.slug}`, hash: paragraph.anchor }}
            className="inline-flex min-h-6 min-w-6 items-center whitespace-nowrap text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2"
          >
            {t('paragraph', { number: paragraph.number })}
            {/* After the visible text, so the link's name starts with what the reader sees. */}
            <span className="sr-only" lang={lang}>
              , {title}
            </span>
          </Link>
        </span>
      ))}
    </>
  );
}

/** Where a fact comes from, as "Source: <document>, ¶ 4" under the fact it supports. */
export async function CitationList({ citations, className }: { citations: Citation[]; className?: string }) {
  if (citations.length === 0) return null;
  const t = await getTranslations('Record');
  const groups = bySource(citations);
  return (
    <p className={className ?? 'text-xs text-slate-700'}>
      {t('citedBy', { count: groups.length })}{' '}
      {groups.map((group, index) => (
        <span key={group.source.slug}>
          {index > 0 && '; '}
          <SourceCitation group={group} compact />
        </span>
      ))}
    </p>
  );
}

/** The same, one document per line with its full title: for the record's own "Sources" section. */
export async function CitationBlock({ citations }: { citations: Citation[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {bySource(citations).map((group) => (
        <li key={group.source.slug} className="break-words">
          <SourceCitation group={group} compact={false} />
        </li>
      ))}
    </ul>
  );
}
