import { getTranslations } from 'next-intl/server';
import type { FieldChange } from '@/lib/editor/snapshot';
import { TableHead } from '../lists/table-head';

/** Field by field: the older value beside the newer one; only fields that differ. */
export async function DiffTable({ changes, from, to }: { changes: FieldChange[]; from: number; to: number }) {
  const t = await getTranslations('Admin.history');
  return (
    <section aria-labelledby="diff-title" className="space-y-2">
      <h2 id="diff-title" className="text-lg font-semibold">{t('diffTitle', { from, to })}</h2>
      {changes.length === 0 ? (
        <p>{t('noDifference')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <TableHead columns={[t('field'), t('before', { version: from }), t('after', { version: to })]} />
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">{change.field}</th>
                <td className="whitespace-pre-wrap bg-red-50 pr-2"><del className="no-underline">{change.before || '—'}</del></td>
                <td className="whitespace-pre-wrap bg-green-50"><ins className="no-underline">{change.after || '—'}</ins></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
