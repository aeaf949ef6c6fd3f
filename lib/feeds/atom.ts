/** A minimal, valid Atom 1.0 document (RFC 4287). Every text is escaped; nothing is raw markup. */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  published?: string | null;
  summary?: string;
  lang?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  self: string;
  alternate: string;
  updated: string;
  lang: string;
  entries: AtomEntry[];
}

export const xmlEscape = (text: string) =>
  text
    // Characters XML 1.0 forbids never reach the document.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function atom(feed: AtomFeed): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry${entry.lang ? ` xml:lang="${xmlEscape(entry.lang)}"` : ''}>
    <id>${xmlEscape(entry.id)}</id>
    <title>${xmlEscape(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(entry.link)}"/>
    <updated>${entry.updated}</updated>${entry.published ? `\n    <published>${entry.published}</published>` : ''}${
      entry.summary ? `\n    <summary>${xmlEscape(entry.summary)}</summary>` : ''
    }
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">
  <id>${xmlEscape(feed.id)}</id>
  <title>${xmlEscape(feed.title)}</title>
  <updated>${feed.updated}</updated>
  <author><name>${xmlEscape(feed.title)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>
${entries}
</feed>
`;
}
