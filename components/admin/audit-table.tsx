import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditEntry } from '@/lib/data/admin/audit';
import { segments } from '@/lib/data/record-types';
import { Link } from '@/lib/i18n/navigation';
import type { RecordTypeName } from '@/lib/validation/records';
import { TableHead } from './lists/table-head';

export async function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = await getTranslations('Admin.audit');
  const format = await getFormatter();
  if (!entries.length) return <p>{t('empty')}</p>;
  return (
    <table className="w-full text-left text-sm">
      <TableHead columns={[t('when'), t('who'), t('action'), t('what')]} />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-slate-200 align-top">
            <td className="py-1 pr-2">{format.dateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
            <td className="pr-2">{entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : '—'}</td>
            <td className="pr-2 font-mono text-xs">{entry.action}</td>
            <td>
              {entry.record && (
                <Link href={`/admin/${segments[entry.record.type as RecordTypeName]}/${entry.record.slug}`} className="underline">
                  {entry.record.type}:{entry.record.slug}
                </Link>
              )}{' '}
              <span className="font-mono text-xs text-slate-700">{JSON.stringify(entry.detail)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
