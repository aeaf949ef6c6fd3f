import { getTranslations } from 'next-intl/server';
import { RecordDate } from '@/components/text/record-date';
import type { Citation, RecordRef } from '@/lib/data/record-shapes';
import { RecordLink } from './record-link';
import { CitationList } from './citation-list';

/** One linked record in a list: its name as a link, what it is, its date, and the link's sources. */
export async function LinkedRecordItem({ record, citations }: { record: RecordRef; citations: Citation[] }) {
  const types = await getTranslations('Types');
  return (
    <li className="space-y-1 break-words">
      <div>
        <RecordLink record={record} />
        <span className="text-sm text-slate-700">
          {' · '}
          {types(`one.${record.type}`)}
          {record.date && (
            <>
              {' · '}
              <RecordDate date={record.date} precision={record.datePrecision} />
            </>
          )}
        </span>
      </div>
      <CitationList citations={citations} />
    </li>
  );
}
