import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/generated/prisma/enums';
import type { RecordSummary } from '@/lib/data/record-shapes';
import { pickText, type ShownText as ShownTextValue } from '@/lib/data/texts';
import { RecordLink } from '@/components/records/record-link';
import { RecordDate } from '@/components/text/record-date';
import { ShownText } from '@/components/text/shown-text';
import { TextBadge } from '@/components/text/text-badge';

const EXCERPT_LENGTH = 220;

/** A quote cut at a word boundary, so a list shows a taste of each statement, not all of it. */
export function excerpt(value: ShownTextValue | null, length = EXCERPT_LENGTH): ShownTextValue | null {
  if (!value || value.text.length <= length) return value;
  const cut = value.text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return { ...value, text: `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…` };
}

/** What each type shows under its name: the facts a reader scans a list by. */
async function details(record: RecordSummary, locale: Locale): Promise<ReactNode[]> {
  const tKinds = await getTranslations('Kinds');
  const tStatuses = await getTranslations('Statuses');
  const { kind, status } = record.attributes;
  const date = record.date ? <RecordDate key="date" date={record.date} precision={record.datePrecision} /> : null;
  const kindLabel = kind ? tKinds(kind as Parameters<typeof tKinds>[0]) : null;
  const shown = (field: string) => {
    const value = pickText(record.texts, field, locale);
    return value ? <ShownText key={field} value={value} badge={false} /> : null;
  };
  switch (record.type) {
    case 'statement':
      return [date];
    case 'conference':
      return [date, shown('location')];
    case 'organisation': {
      // The short name only when it says something the full name does not.
      const same = pickText(record.texts, 'shortName', locale)?.text === pickText(record.names, 'name', locale)?.text;
      return [same ? null : shown('shortName'), kindLabel];
    }
    case 'initiative':
      return [kindLabel, status ? tStatuses(status as Parameters<typeof tStatuses>[0]) : null, date];
    case 'source':
      return [date, kindLabel];
    default:
      return [];
  }
}

export async function RecordListItem({ record, locale }: { record: RecordSummary; locale: Locale }) {
  const name = pickText(record.names, 'name', locale);
  const facts = (await details(record, locale)).filter(Boolean);
  const quote = record.type === 'statement' ? excerpt(pickText(record.texts, 'quote', locale)) : null;
  return (
    <li className="border-b border-slate-200 py-4 last:border-b-0">
      <article className="space-y-1">
        <h3 className="text-lg font-semibold leading-snug">
          <RecordLink record={record} />
          {/* Only the fallback is worth a badge here: a name shown in the other language. */}
          {name?.fallback && <TextBadge value={name} />}
        </h3>
        {facts.length > 0 && (
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
            {facts.map((fact, index) => (
              <span key={index} className="[&:not(:first-child)]:before:mr-3 [&:not(:first-child)]:before:content-['·']">
                {fact}
              </span>
            ))}
          </p>
        )}
        {quote && <ShownText value={quote} as="blockquote" className="max-w-prose border-l-2 border-slate-300 pl-3 text-slate-800" />}
      </article>
    </li>
  );
}
