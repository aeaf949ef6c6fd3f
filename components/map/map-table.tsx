import { getTranslations } from 'next-intl/server';
import type { CountryCount } from '@/lib/data/country-counts';
import { recordPath, segments } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import { mapTypes } from '@/lib/validation/map-query';

export interface MapRow extends CountryCount {
  name: string;
  lang?: string;
}

/**
 * The map's data as a table, one click away: each country's records per type, every number a
 * link to the list of those records (the lists' own country filter), the name to its page.
 */
export async function MapTable({ rows }: { rows: MapRow[] }) {
  const [t, tTypes] = await Promise.all([getTranslations('Map'), getTranslations('Types')]);
  const cell = 'border-b border-slate-200 px-2 py-1 align-top';
  return (
    <details className="rounded border border-slate-200 p-3">
      <summary className="cursor-pointer font-medium text-blue-800">{t('showTable')}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>{t('country')}</th>
              {mapTypes.map((type) => (
                <th key={type} scope="col" className={`${cell} text-right`}>
                  {tTypes(`many.${type}`)}
                </th>
              ))}
              <th scope="col" className={`${cell} text-right`}>{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row" className={`${cell} font-normal`}>
                  <Link href={recordPath('country', row.slug)} lang={row.lang} className="text-blue-800 underline">
                    {row.name}
                  </Link>
                </th>
                {mapTypes.map((type) => (
                  <td key={type} className={`${cell} text-right`}>
                    {row.counts[type] > 0 ? (
                      <Link href={{ pathname: `/${segments[type]}`, query: { country: row.slug } }} className="inline-block min-w-6 text-blue-800 underline">
                        {row.counts[type]}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                ))}
                <td className={`${cell} text-right`}>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
