import { Fragment } from 'react';
import type { Snippet } from '@/lib/search/types';

/**
 * A snippet with its hits marked. The database's text is only ever rendered as React text: the
 * hits arrive as separate parts (lib/search/highlight.ts), never as HTML.
 */
export function SnippetText({ snippet, locale, languageLabel }: { snippet: Snippet; locale: string; languageLabel: string }) {
  const other = snippet.lang !== locale;
  return (
    <p className="text-slate-800">
      {other && <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{languageLabel}</span>}
      <span lang={other ? snippet.lang : undefined}>
        {snippet.parts.map((part, index) =>
          part.hit ? (
            <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
              {part.text}
            </mark>
          ) : (
            <Fragment key={index}>{part.text}</Fragment>
          ),
        )}
      </span>
    </p>
  );
}
