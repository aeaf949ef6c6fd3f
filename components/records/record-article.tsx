import type { ReactNode } from 'react';
import type { RecordDetail } from '@/lib/data/record-shapes';
import type { Locale } from '@/lib/generated/prisma/enums';
import { RecordHeader } from './record-header';
import { JsonLd } from './json-ld';
import { recordJsonLd } from './record-json-ld';
import { CitePanel } from '@/components/citations/cite-panel';

/** The frame every record page shares: header, the type's own sections, the Cite panel, structured data. */
export function RecordArticle({ record, locale, children }: { record: RecordDetail; locale: Locale; children: ReactNode }) {
  return (
    <article className="max-w-4xl space-y-8">
      <RecordHeader record={record} />
      {children}
      <CitePanel record={record} />
      <JsonLd data={recordJsonLd(record, locale)} />
    </article>
  );
}
