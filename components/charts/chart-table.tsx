import type { ComponentProps, ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export interface ChartRow {
  key: string;
  head: { text: string; href?: ComponentProps<typeof Link>['href']; lang?: string };
  cells: (ReactNode | number)[];
}

/**
 * A chart's text alternative: the same numbers as a table, one click away in a closed
 * <details> (no script). The first column heads each row and links where the chart does.
 */
export async function ChartTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: ChartRow[] }) {
  const t = await getTranslations('Charts');
  const cell = 'border-b border-slate-200 px-2 py-1 align-top';
  return (
    <details className="rounded border border-slate-200 p-3 print:hidden">
      <summary className="cursor-pointer font-medium text-blue-800">{t('showTable')}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} scope="col" className={`${cell} ${index > 0 ? 'text-right' : ''}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${cell} font-normal`} lang={row.head.lang}>
                  {row.head.href ? (
                    <Link href={row.head.href} className="inline-block min-w-6 text-blue-800 underline">
                      {row.head.text}
                    </Link>
                  ) : (
                    row.head.text
                  )}
                </th>
                {row.cells.map((value, index) => (
                  <td key={index} className={`${cell} ${typeof value === 'number' ? 'text-right' : ''}`}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
