import { getLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pickText } from '@/lib/data/texts';
import { recordPath } from '@/lib/data/record-types';
import type { RecordRef } from '@/lib/data/record-shapes';

/** A link to a record, named in the reader's language (or the other one, marked by `lang`). */
export async function RecordLink({ record, className }: { record: RecordRef; className?: string }) {
  const locale = await getLocale();
  const name = pickText(record.names, 'name', locale);
  return (
    <Link href={recordPath(record.type, record.slug)} className={className ?? 'inline-block min-h-6 text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2'} lang={name && name.lang !== locale ? name.lang : undefined}>
      {name?.text ?? record.slug}
    </Link>
  );
}
