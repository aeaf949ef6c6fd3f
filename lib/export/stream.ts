import { exportRecords } from '@/lib/data/record-export';
import { segments } from '@/lib/data/record-types';
import { siteUrl } from '@/lib/seo/metadata';
import type { ListQuery } from '@/lib/validation/list-query';
import type { RecordTypeName } from '@/lib/validation/records';
import { columnsFor, rowValues } from './columns';
import { BOM, csvLine } from './csv';

export type ExportFormat = 'csv' | 'json';

/** A filtered list as CSV or JSON, produced batch by batch as the client reads it. */
export function exportStream(type: RecordTypeName, query: Partial<ListQuery>, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const columns = columnsFor(type);
  const rows = exportRecords(type, query);
  const base = siteUrl();
  let first = true;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(format === 'csv' ? BOM + csvLine(columns) : '['));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) {
        if (format === 'json') controller.enqueue(encoder.encode(first ? ']' : '\n]\n'));
        controller.close();
        return;
      }
      const values = rowValues(next.value, base, segments[type]);
      const chunk = format === 'csv' ? csvLine(columns.map((c) => values[c] ?? '')) : `${first ? '\n' : ',\n'}${JSON.stringify(values)}`;
      first = false;
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
