import { getLocale } from 'next-intl/server';
import type { RecordRef, RecordSummary } from '@/lib/data/record-shapes';
import { pickText, type ShownText as ShownTextValue } from '@/lib/data/texts';
import type { Locale } from '@/lib/generated/prisma/enums';
import { RecordLink } from '@/components/records/record-link';
import { RecordDate } from '@/components/text/record-date';
import { ShownText } from '@/components/text/shown-text';

const QUOTE_LENGTH = 220;

/** A long quote cut at a word boundary, so the home page stays a page of headlines. */
function excerpt(value: ShownTextValue | null): ShownTextValue | null {
  if (!value || value.text.length <= QUOTE_LENGTH) return value;
  const cut = value.text.slice(0, QUOTE_LENGTH);
  return { ...value, text: `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/, '')}…` };
}

export async function StatementTeaser({ statement }: { statement: RecordSummary }) {
  const locale = (await getLocale()) as Locale;
  return (
    <li className="space-y-1">
      <p className="text-sm text-slate-700">
        <RecordDate date={statement.date} precision={statement.datePrecision} />
      </p>
      <p className="font-medium">
        <RecordLink record={statement} />
      </p>
      <ShownText value={excerpt(pickText(statement.texts, 'quote', locale))} as="blockquote" className="border-l-4 border-slate-200 pl-3 text-slate-700" />
    </li>
  );
}

export async function ConferenceTeaser({ conference }: { conference: RecordSummary }) {
  const locale = (await getLocale()) as Locale;
  const location = pickText(conference.texts, 'location', locale);
  return (
    <li className="space-y-1">
      <p className="font-medium">
        <RecordLink record={conference} />
      </p>
      <p className="text-sm text-slate-700">
        <RecordDate date={conference.date} precision={conference.datePrecision} />
        {conference.date && location && ' · '}
        <ShownText value={location} />
      </p>
    </li>
  );
}

export function InitiativeTeaser({ initiative }: { initiative: RecordRef }) {
  return (
    <li className="space-y-1">
      <p className="font-medium">
        <RecordLink record={initiative} />
      </p>
      {initiative.date && (
        <p className="text-sm text-slate-700">
          <RecordDate date={initiative.date} precision={initiative.datePrecision} />
        </p>
      )}
    </li>
  );
}
