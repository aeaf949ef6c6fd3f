'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { Conflict } from '@/lib/data/admin/record-save';
import { TableHead } from '../lists/table-head';

/**
 * Someone saved this record after the form was opened. Nothing was overwritten: this shows what
 * they changed beside what this editor typed, which stays in the form below.
 */
export function ConflictPanel({ conflict, mine, labelOf }: { conflict: Conflict; mine: Record<string, string[] | undefined>; labelOf: (field: string) => string }) {
  const t = useTranslations('Admin.conflict');
  const format = useFormatter();
  return (
    <section aria-labelledby="conflict-title" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
      <h2 id="conflict-title" className="font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm">{t('intro', { version: conflict.version, by: conflict.by ?? t('someone'), at: format.dateTime(new Date(conflict.at), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      <table className="mt-2 w-full text-left text-sm">
        <TableHead columns={[t('field'), t('theirs'), t('mine')]} />
        <tbody>
          {conflict.changes.map((change) => (
            <tr key={change.field} className="border-t border-amber-200 align-top">
              <th scope="row" className="pr-2 font-normal">{labelOf(change.field)}</th>
              <td className="whitespace-pre-wrap pr-2">{change.after || '—'}</td>
              <td className="whitespace-pre-wrap">{(mine[change.field] ?? []).join('\n') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm">{t('howTo')}</p>
    </section>
  );
}
