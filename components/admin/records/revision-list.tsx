import { getFormatter, getTranslations } from 'next-intl/server';
import { restoreRevisionAction } from '@/lib/actions/workflow';
import type { RevisionSummary } from '@/lib/data/admin/revisions';
import { ActionButton } from './action-button';
import { TableHead } from '../lists/table-head';

/** Every saved version, newest first: who, when, what changed; compare any two; restore one. */
export async function RevisionList({ recordId, revisions, canRestore, from, to }: { recordId: string; revisions: RevisionSummary[]; canRestore: boolean; from?: number; to?: number }) {
  const t = await getTranslations('Admin.history');
  const format = await getFormatter();
  const latest = revisions[0]?.version;
  return (
    <div className="space-y-2">
      <table className="w-full text-left text-sm">
        <TableHead columns={[t('version'), t('from'), t('to'), t('when'), t('who'), t('changed'), <span key="restore" className="sr-only">{t('restore')}</span>]} />
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.version} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-2">{revision.version}{revision.summary ? ` · ${revision.summary}` : ''}</td>
              <td className="pr-2"><input type="radio" form="compare" name="from" value={revision.version} defaultChecked={revision.version === from} aria-label={t('compareFrom', { version: revision.version })} /></td>
              <td className="pr-2"><input type="radio" form="compare" name="to" value={revision.version} defaultChecked={revision.version === to} aria-label={t('compareTo', { version: revision.version })} /></td>
              <td className="pr-2">{format.dateTime(new Date(revision.at), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
              <td className="pr-2">{revision.author ?? t('seed')}</td>
              <td className="pr-2">{revision.changed.length ? revision.changed.join(', ') : '—'}</td>
              <td>{canRestore && revision.version !== latest && <RestoreSlot recordId={recordId} version={revision.version} label={t('restoreVersion', { version: revision.version })} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form id="compare" method="get">
        <button type="submit" className="rounded border border-slate-500 px-3 py-1 text-sm">{t('compare')}</button>
      </form>
    </div>
  );
}

/** Forms cannot nest: the compare radios join the compare form by its id; restore has its own. */
function RestoreSlot({ recordId, version, label }: { recordId: string; version: number; label: string }) {
  return <ActionButton action={restoreRevisionAction} fields={{ id: recordId, version: String(version) }} label={label} />;
}
