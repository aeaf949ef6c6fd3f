import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { AdminRecordRow } from '@/lib/data/admin/admin-records';
import { segments } from '@/lib/data/record-types';
import { pickText } from '@/lib/data/texts';
import { Link } from '@/lib/i18n/navigation';
import { StateBadge } from './state-badge';
import { TableHead } from './table-head';

export async function RecordsTable({ rows }: { rows: AdminRecordRow[] }) {
  const t = await getTranslations('Admin.list');
  const types = await getTranslations('Types.one');
  const format = await getFormatter();
  const locale = (await getLocale()) as 'ru' | 'en';
  if (!rows.length) return <p className="rounded border border-dashed border-slate-400 p-4">{t('empty')}</p>;
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={[t('name'), t('type'), t('state'), t('version'), t('updated')]} />
      <tbody>
        {rows.map((row) => {
          const name = pickText(row.names, 'name', locale);
          return (
            <tr key={row.id} className="border-b border-slate-200">
              <td className="py-1 pr-2">
                <Link href={`/admin/${segments[row.type]}/${row.slug}`} className="text-blue-800 underline" lang={name?.lang}>
                  {name?.text ?? row.slug}
                </Link>
              </td>
              <td className="pr-2">{types(row.type)}</td>
              <td className="pr-2"><StateBadge state={row.deletedAt ? 'DELETED' : row.state} /></td>
              <td className="pr-2">{row.version}</td>
              <td>{format.dateTime(new Date(row.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
